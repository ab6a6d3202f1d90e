package org.intermarket.shared.api;

import org.intermarket.files.StoredFile;

/** A stored file's metadata as the API shows it; the bytes are a separate download. */
public record FileDto(Long id, String name, String contentType, long size, String sha256) {

    /** Null for no file, so an absent attachment is {@code null} in JSON. */
    public static FileDto of(StoredFile file) {
        return file == null ? null : new FileDto(file.id(), file.originalName(), file.contentType(), file.size(), file.sha256());
    }
}
