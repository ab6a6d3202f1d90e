package org.intermarket.it;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Inside the test server (a probe WAR of {@link MailWorkerDeathIT}): puts a mail the SMTP server has accepted back into
 * the state a worker leaves when it dies between sending and marking, its lease already over: claimed, not marked sent.
 * The server's own worker is then the one to find it, as a surviving node would.
 */
@WebServlet(DeadWorker.PATH)
public class DeadWorker extends HttpServlet {

    static final String PATH = "/dead-worker";

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement died = db.prepareStatement("UPDATE mail_outbox SET state = 'SENDING', claimed_by = 'dead-node',"
                     + " claim_token = 'dead', claimed_until = TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00', sent_at = NULL"
                     + " WHERE id = ? AND state = 'SENT'")) {
            died.setLong(1, Long.parseLong(request.getParameter("mail")));
            response.setStatus(died.executeUpdate() == 1 ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_CONFLICT);
        } catch (SQLException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }
}
