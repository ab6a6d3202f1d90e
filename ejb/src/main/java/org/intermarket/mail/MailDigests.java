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
import java.time.Instant;
import java.util.List;
import org.intermarket.registry.Account;

/**
 * Gathers a daily subscriber's waiting needs into one mail of the outbox when its hour has come, each account in a
 * transaction of its own. The entries are locked while gathered and the digest's occasion (account and first entry) is
 * unique in the outbox, so two nodes gathering at once write one digest.
 */
@Stateless
@PermitAll
public class MailDigests {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private UnsubscribeTokens tokens;

    @Inject
    private Clock clock;

    /** The accounts whose digest is due. */
    public List<Long> due() {
        return em.createNamedQuery(DigestEntry.DUE_ACCOUNTS, Long.class).setParameter("now", clock.instant()).getResultList();
    }

    /**
     * Writes the account's digest: the needs of its due entries still open for bids. Nothing is written when none is
     * open any more, or the account no longer reads mail (unsubscribed, disabled, no address): the entries are then
     * dropped, the queue they were is of no more use.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void compose(Long accountId) {
        Instant now = clock.instant();
        List<DigestEntry> entries = em.createNamedQuery(DigestEntry.DUE_OF_ACCOUNT, DigestEntry.class).setParameter("now", now)
                .setParameter("account", accountId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (entries.isEmpty()) {
            return;
        }
        DigestEntry first = entries.get(0);
        MailSubscription subscription = em.find(MailSubscription.class, first.subscriptionId());
        Account account = em.find(Account.class, accountId);
        List<NeedFacts> open = outbox.stillOpen(entries.stream().map(DigestEntry::needId).distinct().toList(), now);
        if (open.isEmpty() || !subscription.active() || !account.enabled() || account.email() == null) {
            entries.forEach(em::remove);
            return;
        }
        String token = tokens.of(subscription.id(), accountId);
        RenderedMail mail = MailText.renderDigest(subscription.language(), open, PublicUrl.unsubscribePage(token));
        OutboxMessage message = new OutboxMessage("DAILY_DIGEST:" + accountId + ":" + first.id(), accountId, account.email(),
                MailKind.DAILY_DIGEST, null, subscription.language(), mail, token, now);
        em.persist(message);
        entries.forEach(entry -> entry.gatheredInto(message.id()));
    }
}
