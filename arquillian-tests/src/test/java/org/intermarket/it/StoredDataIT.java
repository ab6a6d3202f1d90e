package org.intermarket.it;

import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Runs inside the server, beside the application, to change stored rows with plain JDBC the
 * way an intruder with database access would, and checks what the application then says.
 */
class StoredDataIT extends ProbeTest {

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return probe(StoredDataIT.class);
    }

    @Test
    @OperateOnDeployment("probe")
    void onlySupervisorsVerifyTheChain() {
        assertProblem(Api.anonymous().get("/api/v1/audit/verify"), 401);
        assertProblem(Api.demo("owner1").get("/api/v1/audit/verify"), 403);
        assertProblem(Api.demo("admin").get("/api/v1/audit/verify"), 403);
    }

    @Test
    @OperateOnDeployment("probe")
    void anExpiredTokenIsRefused() throws SQLException {
        String username = Registrations.newOwner();
        Api client = Api.signIn(username, Registrations.PASSWORD);
        assertEquals(200, client.get("/api/v1/me").status());
        new Rows(dataSource).updateOne("UPDATE api_token SET expires_at = issued_at - INTERVAL '1' MINUTE"
                + " WHERE account_id = (SELECT id FROM account WHERE username = ?)", username);
        assertProblem(client.get("/api/v1/me"), 401);
    }

    @Test
    @OperateOnDeployment("probe")
    void passwordsAreStoredOnlyAsSlowSaltedHashes() throws SQLException {
        String username = Registrations.newOwner();
        String stored = new Rows(dataSource).string("SELECT password_hash FROM account WHERE username = ?", username);
        assertFalse(stored.contains(Registrations.PASSWORD));
        String[] parts = stored.split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 600_000, "at least 600,000 iterations");
        String other = Registrations.newOwner();
        String otherHash = new Rows(dataSource).string("SELECT password_hash FROM account WHERE username = ?", other);
        assertFalse(otherHash.split("\\$")[2].equals(parts[2]), "each hash has its own salt");
    }
}
