package db.migration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** V22 on a database of V20 whose files' bytes are on disk: they move into file_content, and a record cannot lack them. */
class FileContentMigrationTest {

    private static final String URL = "jdbc:h2:mem:files-v20;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final String SHA = "ab".repeat(32);

    private final Connection db = connect();

    @AfterEach
    void drop() throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        }
        db.close();
        System.clearProperty("intermarket.files.dir");
    }

    @Test
    void theBytesOnDiskMoveIntoTheDatabaseBesideTheirRecord() throws Exception {
        schemaAt("20");
        long organisation = anyOrganisation();
        record(SHA, organisation);
        record(SHA, organisation);
        Path store = Files.createTempDirectory("files");
        Files.createDirectories(store.resolve("ab"));
        Files.writeString(store.resolve("ab").resolve(SHA), "招标文件 bytes", StandardCharsets.UTF_8);
        System.setProperty("intermarket.files.dir", store.toString());

        migrate();

        try (Statement statement = db.createStatement(); ResultSet bytes = statement.executeQuery("SELECT sha256, bytes FROM file_content")) {
            assertTrue(bytes.next());
            assertEquals(SHA, bytes.getString(1));
            assertArrayEquals("招标文件 bytes".getBytes(StandardCharsets.UTF_8), bytes.getBytes(2));
            assertTrue(!bytes.next(), "the bytes of two records of one content are kept once");
        }
        assertThrows(SQLException.class, () -> record("cd".repeat(32), organisation), "a record without its bytes is refused");
    }

    @Test
    void aRecordWhoseBytesAreMissingStopsTheMigration() throws Exception {
        schemaAt("20");
        record(SHA, anyOrganisation());
        System.setProperty("intermarket.files.dir", Files.createTempDirectory("empty").toString());

        FlywayException failed = assertThrows(FlywayException.class, this::migrate);
        StringBuilder said = new StringBuilder();
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            said.append(cause.getMessage()).append('\n');
        }
        assertTrue(said.toString().contains(SHA), "the migration names the file without bytes: " + said);
    }

    /** Writes a file for every stored_file record into a new folder and points the migration at it. */
    static void fileStoreHolding(Connection db) throws SQLException {
        try {
            Path store = Files.createTempDirectory("files");
            try (Statement statement = db.createStatement(); ResultSet files = statement.executeQuery("SELECT DISTINCT sha256 FROM stored_file")) {
                while (files.next()) {
                    String sha = files.getString(1);
                    Files.createDirectories(store.resolve(sha.substring(0, 2)));
                    Files.writeString(store.resolve(sha.substring(0, 2)).resolve(sha), sha);
                }
            }
            System.setProperty("intermarket.files.dir", store.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void schemaAt(String version) {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target(version).load().migrate();
    }

    private void migrate() {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
    }

    private long anyOrganisation() throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("INSERT INTO organisation (org_type, name, credit_code, region_code, legal_representative, contact_phone, created_at)"
                    + " VALUES ('OWNER', '测试业主', '91330100MA27XYZ12X', '330100', '李明', '0571-1', CURRENT_TIMESTAMP)");
            try (ResultSet id = statement.executeQuery("SELECT MAX(id) FROM organisation")) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private void record(String sha256, long organisation) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO stored_file (sha256, content_type, size_bytes, original_name,"
                + " owner_organisation_id, uploaded_by, uploaded_at) VALUES (?, 'application/pdf', 3, 'a.pdf', ?, 'owner1', CURRENT_TIMESTAMP)")) {
            insert.setString(1, sha256);
            insert.setLong(2, organisation);
            insert.executeUpdate();
        }
    }

    private static Connection connect() {
        try {
            return DriverManager.getConnection(URL, "sa", "");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
