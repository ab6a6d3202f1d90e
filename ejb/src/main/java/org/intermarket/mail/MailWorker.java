package org.intermarket.mail;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox, every second on every node, after writing the daily digests that are due ({@link MailDigests}):
 * each round claims due mails for this node ({@link MailClaims}), sends them over one SMTP connection and marks each sent (or failed, to be retried with back-off) in a transaction
 * of its own right after its own send. Without an SMTP server configured it sends nothing: the mails stay in the
 * outbox, where the administrator reads them.
 *
 * <p>Exactly once, and the bound where it cannot be: a mail is claimed by one node only, and marked sent under its
 * claim. A worker that dies after the SMTP server accepted a mail and before its mark committed leaves the mail
 * claimed; when the claim's lease ends ({@link MailClaims#LEASE}) another round sends it again, with the same
 * Message-ID. So each death of a worker (or loss of the database between a send and its mark) repeats at most the
 * one mail it was marking, and the receiving side can recognise the repeat by its Message-ID.
 */
@Singleton
@Startup
// Starts after and stops before the beans its timeouts call, so that none finds them stopped (WildFly orders any EJB).
// After the demo data too: its rounds waited for the load, each tick meanwhile a warning.
@DependsOn({"SchemaMigrator", "DemoDataLoader", "MailClaims", "MailDigests"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailWorker {

    /** This node's name on its claims, for the administrator's page. */
    static final String NODE = System.getProperty("jboss.node.name", "node") + "/" + UUID.randomUUID().toString().substring(0, 8);

    private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());
    private static final int BATCH = 50;

    @EJB
    private MailClaims claims;

    @EJB
    private MailDigests digests;

    @Inject
    private MailSender sender;

    /** A round still running when the next second strikes is left alone: rounds on one node never overlap. */
    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "mail outbox worker")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            gatherDigests();
            Optional<SmtpSettings> smtp = SmtpSettings.current();
            while (smtp.isPresent() && round(smtp.get()) == BATCH) {
                // a full batch: more are due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "mail round failed; trying again in a second", e);
        } finally {
            running.set(false);
        }
    }

    /** Writes the daily digests whose hour has come into the outbox, sent or kept like every other mail. */
    private void gatherDigests() {
        for (Long account : digests.due()) {
            try {
                digests.compose(account);
            } catch (RuntimeException e) {
                // the entries stay due: the next round tries again
                LOG.log(Level.WARNING, "digest of account " + account + " not written now; trying again in a second", e);
            }
        }
    }

    /** One round: claims, sends, marks; returns how many it claimed. */
    private int round(SmtpSettings smtp) {
        List<OutboxMessage> due = claims.claim(NODE, BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        try (MailSender.Connection connection = sender.connect(smtp)) {
            for (OutboxMessage mail : due) {
                if (!connection.open()) {
                    claims.failed(mail.id(), mail.claimToken(), "the SMTP server closed the connection");
                    continue;
                }
                try {
                    connection.send(mail);
                } catch (MessagingException | RuntimeException refused) {
                    claims.failed(mail.id(), mail.claimToken(), describe(refused));
                    continue;
                }
                claims.sent(mail.id(), mail.claimToken());
            }
        } catch (MessagingException unreachable) {
            String error = describe(unreachable);
            LOG.log(Level.INFO, () -> "SMTP server " + smtp.host() + ":" + smtp.port() + " not reached: " + error);
            due.forEach(mail -> claims.failed(mail.id(), mail.claimToken(), error));
        }
        return due.size();
    }

    /** What the administrator reads as the last error: the failure and its causes, in one line. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < 1000; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().replaceAll("\\s+", " ").trim());
            }
        }
        return text.toString();
    }
}
