package org.intermarket.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.Map;
import org.intermarket.shared.ListQuery;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.Roles;

/**
 * The outbox as the administrator reads it: every mail with its state, attempts and last error, newest first; with no
 * SMTP server configured (the demo), this is where the mails are kept and read instead of sent.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class MailAdministration {

    @PersistenceContext
    private EntityManager em;

    /** A page of the outbox; {@code failing} keeps only mails whose last attempt failed. */
    public Page<OutboxMessage> outbox(OutboxState state, boolean failing, @NotNull PageRequest page) {
        ListQuery list = new ListQuery();
        if (state != null) {
            list.and("m.state = :state", "state", state);
        }
        if (failing) {
            list.and("m.lastError IS NOT NULL");
        }
        return list.page(em, "SELECT m FROM OutboxMessage m", "SELECT COUNT(m) FROM OutboxMessage m", "ORDER BY m.createdAt DESC, m.id DESC",
                OutboxMessage.class, page);
    }

    public OutboxMessage message(@NotNull Long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null) {
            throw new NotFoundException("mail", id);
        }
        return message;
    }

    /** How many mails are in each state. */
    public Map<OutboxState, Long> counts() {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState state : OutboxState.values()) {
            counts.put(state, 0L);
        }
        em.createNamedQuery(OutboxMessage.COUNT_BY_STATE, Object[].class).getResultList()
                .forEach(row -> counts.put((OutboxState) row[0], (Long) row[1]));
        return counts;
    }

    /** Whether mails are sent now (an SMTP server is configured) or kept here. */
    public boolean sending() {
        return SmtpSettings.configured();
    }
}
