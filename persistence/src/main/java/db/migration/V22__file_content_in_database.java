package db.migration;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Uploaded files' bytes move into the database, beside the records that name them: every node of a cluster reads
 * them, a backup holds them, and a record cannot lack its bytes (the foreign key). The bytes stored so far are read
 * from the file store on disk ({@code -Dintermarket.files.dir}, by default {@code intermarket-files} in the server's
 * data directory), once each. In Java because SQL cannot read files; a record whose bytes are not there stops the
 * migration, naming them, rather than leave records without files.
 */
public class V22__file_content_in_database extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V22__file_content_in_database.class.getName());

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE file_content (sha256 CHAR(64) PRIMARY KEY, bytes BYTEA NOT NULL)");
        }
        List<String> named = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet files = statement.executeQuery("SELECT DISTINCT sha256 FROM stored_file ORDER BY sha256")) {
            while (files.next()) {
                named.add(files.getString(1));
            }
        }
        if (!named.isEmpty()) {
            copyFromDisk(connection, named);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE stored_file ADD CONSTRAINT stored_file_content FOREIGN KEY (sha256) REFERENCES file_content (sha256)");
        }
    }

    private static void copyFromDisk(Connection connection, List<String> named) throws Exception {
        String configured = System.getProperty("intermarket.files.dir");
        Path root = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "intermarket-files");
        List<String> missing = named.stream().filter(sha -> !Files.isRegularFile(blob(root, sha))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(missing.size() + " stored files have no bytes in " + root + " (set -Dintermarket.files.dir"
                    + " to the file store): " + String.join(" ", missing.subList(0, Math.min(20, missing.size()))));
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO file_content (sha256, bytes) VALUES (?, ?)")) {
            for (String sha : named) {
                Path file = blob(root, sha);
                try (InputStream bytes = Files.newInputStream(file)) {
                    insert.setString(1, sha);
                    insert.setBinaryStream(2, bytes, Files.size(file));
                    insert.executeUpdate();
                }
            }
        }
        LOG.info(() -> "copied the bytes of " + named.size() + " stored files from " + root + " into the database;"
                + " the folder is no longer read and can be archived");
    }

    private static Path blob(Path root, String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
