package org.intermarket.files;

import java.util.Arrays;

/**
 * The kinds of file the market accepts, recognised by their first bytes: a file's name and the
 * type its uploader claims are not trusted.
 */
public enum FileType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    /** How many leading bytes {@link #recognise} needs. */
    public static final int SIGNATURE_LENGTH = 8;

    private final String mediaType;
    private final byte[] signature;

    FileType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type whose signature the content starts with, or null. */
    public static FileType recognise(byte[] head, int length) {
        for (FileType type : values()) {
            if (length >= type.signature.length
                    && Arrays.equals(head, 0, type.signature.length, type.signature, 0, type.signature.length)) {
                return type;
            }
        }
        return null;
    }
}
