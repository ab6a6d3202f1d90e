package org.intermarket.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small files on disk, for a browser's file input. */
final class TestFiles {

    private TestFiles() {
    }

    /** A minimal PDF under the given name, in a fresh temporary directory. */
    static Path pdf(String name) {
        try {
            Path file = Files.createTempDirectory("upload").resolve(name);
            Files.write(file, Delivery.PDF);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
