package org.intermarket.shared.web;

import java.util.Optional;

/** A path on this site that is safe to send a browser to: no scheme, no host, no "//" a browser would read as a host. */
public final class LocalPath {

    private LocalPath() {
    }

    public static Optional<String> of(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.contains("\r") || path.contains("\n")) {
            return Optional.empty();
        }
        return Optional.of(path);
    }
}
