package org.intermarket.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.intermarket.shared.ReferenceData;

/**
 * The worker's steps on the outbox, each in a transaction of its own so that nothing is held while the SMTP server is
 * talked to. A claim is one UPDATE that takes due rows for one node until its lease ends; the same condition is
 * written twice, in the row choice and on the row itself, so that where two nodes choose the same rows at once the
 * database lets the second see the first's committed claim and pass them over: no row is claimed by two nodes, on
 * PostgreSQL and on H2 alike.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailClaims {

    /** How long a claim holds its rows: longer than any send may take (each SMTP step times out within 20 s). */
    static final Duration LEASE = Duration.ofMinutes(2);

    private static final String DUE = "((state = 'PENDING' AND next_attempt_at <= :now) OR (state = 'SENDING' AND claimed_until <= :now))";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Claims up to {@code batch} due messages (in the order they were written) for {@code node}; returns them, detached. */
    public List<OutboxMessage> claim(String node, int batch) {
        Instant now = clock.instant();
        String claim = UUID.randomUUID().toString();
        int claimed = em.createNativeQuery("UPDATE mail_outbox SET state = 'SENDING', claimed_by = :node, claim_token = :claim,"
                        + " claimed_until = :until, attempts = attempts + 1"
                        + " WHERE id IN (SELECT id FROM mail_outbox WHERE " + DUE + " ORDER BY id LIMIT :batch) AND " + DUE)
                .setHint(ReferenceData.WRITES, "mail_outbox")
                .setParameter("node", node).setParameter("claim", claim).setParameter("until", now.plus(LEASE))
                .setParameter("now", now).setParameter("batch", batch).executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        return em.createNamedQuery(OutboxMessage.FIND_CLAIMED, OutboxMessage.class).setParameter("claim", claim).getResultList();
    }

    /** The SMTP server accepted the message under this claim. */
    public void sent(Long id, String claim) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        message.sent(claim, clock.instant());
    }

    /** The SMTP server refused it or could not be reached: it waits for its next attempt. */
    public void failed(Long id, String claim, String error) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        message.failed(claim, error, clock.instant());
    }
}
