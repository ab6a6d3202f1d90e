package org.intermarket.files;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of file the market accepts, recognised by their first bytes: a file's name and the
 * type its uploader claims are not trusted. Two signatures are containers shared by several
 * formats (a .docx is a ZIP, a .doc an OLE2 compound file); for those the name's extension picks
 * the precise media type, which is safe because the container was recognised from the content.
 */
public enum FileType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, Map.of()),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, Map.of()),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, Map.of()),
    ZIP("application/zip", new byte[] {'P', 'K', 0x03, 0x04}, Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation")),
    OLE2("application/x-ole-storage",
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, Map.of(
            "doc", "application/msword",
            "xls", "application/vnd.ms-excel",
            "ppt", "application/vnd.ms-powerpoint"));

    /** How many leading bytes {@link #recognise} needs. */
    public static final int SIGNATURE_LENGTH = 8;

    /** Scans of certificates and the like. */
    public static final Set<FileType> IMAGES_AND_PDF = EnumSet.of(PDF, JPEG, PNG);

    /** Documents an agency hands in: PDF, Office (old and new), images and ZIP archives. */
    public static final Set<FileType> DOCUMENTS = EnumSet.allOf(FileType.class);

    private final String mediaType;
    private final byte[] signature;
    private final Map<String, String> byExtension;

    FileType(String mediaType, byte[] signature, Map<String, String> byExtension) {
        this.mediaType = mediaType;
        this.signature = signature;
        this.byExtension = byExtension;
    }

    /** The media type for a file of this type with the given name: precise for container formats. */
    public String mediaTypeFor(String fileName) {
        if (fileName == null) {
            return mediaType;
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return byExtension.getOrDefault(extension, mediaType);
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
