package org.intermarket.files;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.intermarket.shared.PayloadTooLargeException;
import org.intermarket.shared.UnsupportedTypeException;

/**
 * Content-addressed storage of uploaded bytes: each file lives once under its SHA-256, so a
 * re-upload costs nothing and a stored file cannot change without its name changing. Uploads
 * stream through a temporary file, so a large file never sits in memory.
 *
 * <p>The directory is {@code intermarket.files.dir}, by default under the server's data
 * directory; nodes of a cluster must share it. Bytes are written, forced to the disk and moved
 * into place before the metadata transaction commits, so a committed record always has its
 * bytes; a rolled-back or interrupted upload leaves an unreferenced blob or a part file, which
 * {@link OrphanFiles} removes at start-up.
 *
 * <p>Part files are written into a folder of this deployment's own under {@code incoming/}, whose lock file it holds
 * locked while it runs: the operating system lets the lock go when the process dies, even by SIGKILL, so the start-up
 * sweep of any node can tell the part files of a server that is gone (lock free) from those of one still uploading.
 */
@ApplicationScoped
public class FileStore {

    /** In each deployment's folder under incoming/: locked while the deployment runs. */
    static final String OWNER_LOCK = "owner.lock";

    private Path root;
    private Path ownFolder;
    private FileChannel ownerLock;

    @PostConstruct
    void open() {
        String configured = System.getProperty("intermarket.files.dir");
        String dataDir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        root = configured == null ? Path.of(dataDir, "intermarket-files") : Path.of(configured);
        try {
            ownFolder = root.resolve("incoming").resolve(UUID.randomUUID().toString());
            Files.createDirectories(ownFolder);
            ownerLock = FileChannel.open(ownFolder.resolve(OWNER_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            ownerLock.lock();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the file store at " + root, e);
        }
    }

    /** Uploads of this deployment are over: its folder's part files are free to sweep, by the next start of any node. */
    @PreDestroy
    void close() {
        try {
            ownerLock.close();
        } catch (IOException ignored) {
            // the process's end lets the lock go all the same
        }
    }

    /** Reads the whole stream, refusing it past {@code limit} bytes or when its content is not an allowed type. */
    public Blob write(InputStream content, long limit, Set<FileType> allowed) {
        Path incoming = null;
        try {
            incoming = Files.createTempFile(ownFolder, "upload", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[FileType.SIGNATURE_LENGTH];
            int headLength = 0;
            long size = 0;
            try (FileChannel channel = FileChannel.open(incoming, StandardOpenOption.WRITE);
                 OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), sha256)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = content.read(buffer)) != -1) {
                    if (headLength < head.length) {
                        int copied = Math.min(read, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copied);
                        headLength += copied;
                    }
                    size += read;
                    if (size > limit) {
                        throw new PayloadTooLargeException(limit);
                    }
                    out.write(buffer, 0, read);
                }
                out.flush();
                // on the disk before any record of it commits: a crash must not leave a record without its bytes
                channel.force(true);
            }
            FileType type = FileType.recognise(head, headLength);
            if (type == null || !allowed.contains(type)) {
                throw new UnsupportedTypeException(allowed.stream().map(FileType::name).sorted().collect(Collectors.joining(", ")));
            }
            String hash = HexFormat.of().formatHex(sha256.digest());
            moveIntoPlace(incoming, pathOf(hash));
            return new Blob(hash, type, size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(incoming);
        }
    }

    public InputStream read(String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("stored file " + sha256 + " is missing from " + root, e);
        }
    }

    /** Where blobs and part files live, for {@link OrphanFiles}. */
    Path root() {
        return root;
    }

    /** This deployment's folder of part files, which no sweep may touch while it runs. */
    Path ownFolder() {
        return ownFolder;
    }

    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private void moveIntoPlace(Path incoming, Path target) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        boolean newFolder = !Files.isDirectory(target.getParent());
        Files.createDirectories(target.getParent());
        if (newFolder) {
            forceDirectory(root);
        }
        try {
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameContentStoredConcurrently) {
            // Same hash, same bytes: the other upload's copy is as good as ours.
            return;
        } catch (AtomicMoveNotSupportedException e) {
            // a copy is a new file: its bytes must reach the disk as the part file's did
            Files.copy(incoming, target, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel copied = FileChannel.open(target, StandardOpenOption.WRITE)) {
                copied.force(true);
            }
        }
        // a file's name is its directory's data: without this a crash can leave the bytes on disk but not under their name
        forceDirectory(target.getParent());
    }

    /** fsync of a directory: Linux and macOS allow it through a channel opened for reading; Windows does not, and needs it not. */
    private static void forceDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (AccessDeniedException windows) {
            // Windows cannot open a folder as a file; NTFS journals a rename as metadata
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A leftover part file in incoming/ is only wasted space.
            }
        }
    }

    /** Bytes that are safely stored. */
    public record Blob(String sha256, FileType type, long size) {
    }
}
