package org.intermarket.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.intermarket.registry.Offices;
import org.intermarket.shared.Caller;
import org.intermarket.shared.StoredText;

/**
 * Writes audit entries inside the caller's transaction, so an entry exists exactly when the change it records was
 * committed. Writing takes no lock that any other write of the market waits for: the entry's number comes from a
 * sequence, and its place in the log comes later, from the {@link LogSequencer}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Caller caller;

    @Inject
    private Offices offices;

    /**
     * Records a change made by the current caller. The detail is kept as facts, not a sentence: pages render it in
     * the reader's language ({@code audit.detail.<ACTION>} in the bundles) and open data hands it out as JSON.
     */
    public AuditEntry record(String action, String entityType, Object entityId, StoredText detail) {
        // A supervisor decides for a government office: the entry names it, so the log (and a need's public timeline)
        // says which office took each decision.
        return recordAs(caller.name(), action, entityType, entityId, offices.signed(detail));
    }

    /** Records a change for a named actor, where the container knows no caller yet (sign-in, start-up). */
    public AuditEntry recordAs(String actor, String action, String entityType, Object entityId, StoredText detail) {
        return recordAt(clock.instant(), actor, action, entityType, entityId, detail);
    }

    /**
     * Records a change that happened before it is written down: the demo's story, loaded at start-up as it happened
     * over the past months, so its timelines and open data read in the story's order. The entry still takes its
     * place in the log when it commits, like any other: positions follow commit order, dates may lie in the past.
     * Never in the future, which no change has reached yet.
     */
    public AuditEntry recordAt(Instant at, String actor, String action, String entityType, Object entityId, StoredText detail) {
        if (at.isAfter(clock.instant())) {
            throw new IllegalArgumentException("an audit entry cannot record a change before it happens: " + action + " at " + at);
        }
        AuditEntry entry = new AuditEntry(at, actor, action, entityType, String.valueOf(entityId), detail.encode());
        em.persist(entry);
        return entry;
    }
}
