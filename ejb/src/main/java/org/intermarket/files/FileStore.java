package org.intermarket.files;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.intermarket.shared.PayloadTooLargeException;
import org.intermarket.shared.UnsupportedTypeException;

/**
 * Content-addressed storage of uploaded bytes, in the database ({@code file_content}): each file is kept once under
 * its SHA-256, so a re-upload costs nothing and a stored file cannot change without its name changing. The bytes are
 * written in the caller's transaction, with the record that names them: every node of a cluster reads them, a backup of
 * the database holds them, and an upload that rolls back or dies leaves nothing behind (a foreign key from
 * {@code stored_file} makes a record without its bytes impossible).
 *
 * <p>An upload streams through a temporary file of this node's before it goes to the database, so a large file never
 * sits in memory while it is checked (its size against the limit, its first bytes against the allowed types).
 */
@ApplicationScoped
public class FileStore {

    /** How a part file is named in the server's temporary folder, where CrashIT looks for them too. */
    static final String PART_PREFIX = "intermarket-upload-";
    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());

    @PersistenceContext
    private EntityManager em;

    /** The persistence unit's datasource: inside a transaction it hands out the transaction's own connection. */
    @Resource
    private DataSource dataSource;

    private Path incoming;

    /** Part files a killed server left in its own temporary folder: at start none of this server's uploads runs yet. */
    @PostConstruct
    void open() {
        incoming = Path.of(System.getProperty("jboss.server.temp.dir", System.getProperty("java.io.tmpdir")));
        int removed = 0;
        try (DirectoryStream<Path> left = Files.newDirectoryStream(incoming, PART_PREFIX + "*.part")) {
            for (Path part : left) {
                removed += Files.deleteIfExists(part) ? 1 : 0;
            }
        } catch (IOException ignored) {
            // a leftover temporary file is only wasted space
        }
        if (removed > 0) {
            int count = removed;
            LOG.info(() -> "removed " + count + " part files of uploads cut off when this server stopped");
        }
    }

    /**
     * Reads the whole stream, refusing it past {@code limit} bytes or when its content is not an allowed type, and
     * stores it in the caller's transaction (which must be active).
     */
    public Blob write(InputStream content, long limit, Set<FileType> allowed) {
        Path part = null;
        try {
            Files.createDirectories(incoming);
            part = Files.createTempFile(incoming, PART_PREFIX, ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[FileType.SIGNATURE_LENGTH];
            int headLength = 0;
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), sha256)) {
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
            }
            FileType type = FileType.recognise(head, headLength);
            if (type == null || !allowed.contains(type)) {
                throw new UnsupportedTypeException(allowed.stream().map(FileType::name).sorted().collect(Collectors.joining(", ")));
            }
            String hash = HexFormat.of().formatHex(sha256.digest());
            insert(hash, part, size);
            return new Blob(hash, type, size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(part);
        }
    }

    /** The stored bytes of a file its record names: there as long as the record is (the foreign key sees to it). */
    public byte[] read(String sha256) {
        List<?> found = em.createNativeQuery("SELECT bytes FROM file_content WHERE sha256 = ?1")
                .setParameter(1, sha256).getResultList();
        if (found.isEmpty()) {
            throw new IllegalStateException("no stored bytes for " + sha256);
        }
        return (byte[]) found.get(0);
    }

    /**
     * Streams the part file into the database on the transaction's connection (the datasource gives the one the
     * transaction holds). The same bytes stored already, or being stored by another upload right now, are as good as
     * these: the row is added only when none is there (the database makes a concurrent upload of the same content wait
     * for the first one's outcome).
     */
    private void insert(String sha256, Path part, long size) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "INSERT INTO file_content (sha256, bytes) VALUES (?, ?) ON CONFLICT DO NOTHING");
             InputStream bytes = Files.newInputStream(part)) {
            statement.setString(1, sha256);
            statement.setBinaryStream(2, bytes, size);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the bytes of " + sha256, e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // removed at the next start
            }
        }
    }

    /** Bytes that are safely stored (once the caller's transaction commits). */
    public record Blob(String sha256, FileType type, long size) {
    }
}
