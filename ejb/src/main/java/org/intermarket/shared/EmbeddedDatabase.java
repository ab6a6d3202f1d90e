package org.intermarket.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Whether the server runs on its embedded H2 (the zero-set-up demo, one server, never clustered) rather than
 * PostgreSQL: the demo data is loaded there by default, and need locks are kept in memory there.
 */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    public static boolean isH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }
}
