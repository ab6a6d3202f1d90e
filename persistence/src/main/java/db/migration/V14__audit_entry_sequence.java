package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The sequence that numbers audit entries from now on, starting after the last number the chain gave: a
 * sequence hands out numbers without locking anything, which the chain's single head row did. In Java because
 * neither database lets SQL start a sequence at a value it has to read first. The increment matches the block
 * each server takes at once (AuditEntry's allocation size).
 */
public class V14__audit_entry_sequence extends BaseJavaMigration {

    static final int BLOCK = 50;

    @Override
    public void migrate(Context context) throws Exception {
        long next;
        try (Statement statement = context.getConnection().createStatement();
             ResultSet last = statement.executeQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_entry")) {
            last.next();
            next = last.getLong(1);
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("CREATE SEQUENCE audit_entry_seq START WITH " + next + " INCREMENT BY " + BLOCK);
        }
    }
}
