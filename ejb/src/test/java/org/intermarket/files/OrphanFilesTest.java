package org.intermarket.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphanFilesTest {

    @TempDir
    Path incoming;

    @Test
    void thePartFilesOfAServerThatDiedGoAtOnceHoweverYoungAndThoseOfARunningServerStay() throws IOException {
        Path own = folder("own");
        Path ownPart = Files.createFile(own.resolve("upload1.part"));
        Path dead = folder("dead");
        Files.createFile(dead.resolve("upload2.part"));
        Files.createFile(dead.resolve("upload3.part"));
        Path running = folder("running");
        Path runningPart = Files.createFile(running.resolve("upload4.part"));
        try (FileChannel held = FileChannel.open(running.resolve(FileStore.OWNER_LOCK), StandardOpenOption.WRITE)) {
            held.lock();
            OrphanFiles.PartFiles swept = OrphanFiles.sweepPartFiles(incoming, own, Instant.now().minus(OrphanFiles.GRACE));
            assertEquals(new OrphanFiles.PartFiles(2, 1), swept);
        }
        assertFalse(Files.exists(dead), "a dead server's folder goes with its part files");
        assertTrue(Files.exists(runningPart), "a running server's upload stays");
        assertTrue(Files.exists(ownPart), "this server's own folder is never swept");
    }

    @Test
    void whereNoLockCanTellAPartFilesAgeDecides() throws IOException {
        Path young = Files.createFile(incoming.resolve("upload5.part"));
        Path old = Files.createFile(incoming.resolve("upload6.part"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(OrphanFiles.GRACE).minusSeconds(60)));
        Path starting = Files.createDirectory(incoming.resolve("starting"));

        OrphanFiles.PartFiles swept = OrphanFiles.sweepPartFiles(incoming, null, Instant.now().minus(OrphanFiles.GRACE));

        assertEquals(new OrphanFiles.PartFiles(1, 1), swept);
        assertTrue(Files.exists(young) && !Files.exists(old));
        assertTrue(Files.exists(starting), "a folder not yet locked may be a server starting up");
    }

    private Path folder(String name) throws IOException {
        Path folder = Files.createDirectory(incoming.resolve(name));
        Files.createFile(folder.resolve(FileStore.OWNER_LOCK));
        return folder;
    }
}
