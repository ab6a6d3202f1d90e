package org.intermarket.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.intermarket.procurement.Amendment;
import org.intermarket.procurement.Need;
import org.intermarket.procurement.NeedStatus;
import org.intermarket.registry.Organisation;

/**
 * Writes mails to the outbox in the caller's transaction, at the same places the inbox is written to: a mail exists
 * exactly when the change it tells of does (a rolled back publication leaves none), and the worker ({@link MailWorker})
 * sends it after the commit. Each mail names its occasion (event and reader), which the database keeps unique, so one
 * event never writes one reader two mails.
 */
@Stateless
@PermitAll
public class MailOutbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UnsubscribeTokens tokens;

    @Inject
    private Clock clock;

    /**
     * A need (or a new round of it) was published: one mail to each account subscribed to its item and region, at once,
     * or held until the hour of its daily digest.
     */
    public void needPublished(Need need) {
        Organisation owner = em.find(Organisation.class, need.project().ownerOrganisationId());
        String region = owner.region().code();
        List<Reader> readers = em.createNamedQuery(MailSubscription.FIND_MATCHING, Reader.class)
                .setParameter("owner", owner.id()).setParameter("item", need.itemCode())
                .setParameter("region", region).setParameter("city", region.substring(0, 4) + "00")
                .setParameter("province", region.substring(0, 2) + "0000").getResultList();
        write(MailKind.NEED_PUBLISHED, need, owner, null, readers, "NEED_PUBLISHED:" + need.id() + ":" + need.round(), true);
    }

    /** A need was amended: its bidders' subscribed accounts hear of it at once, whatever their pace (their bids must be confirmed). */
    public void needAmended(Need need, Amendment amendment, Collection<Long> bidders) {
        write(MailKind.NEED_AMENDED, need, null, amendment.reason(), bidderReaders(bidders), "NEED_AMENDED:" + amendment.id(), false);
    }

    /** A need was cancelled: its bidders' subscribed accounts hear of it at once. */
    public void needCancelled(Need need, String reason, Collection<Long> bidders) {
        write(MailKind.NEED_CANCELLED, need, null, reason, bidderReaders(bidders), "NEED_CANCELLED:" + need.id(), false);
    }

    private List<Reader> bidderReaders(Collection<Long> bidders) {
        return bidders.isEmpty() ? List.of() : em.createNamedQuery(MailSubscription.FIND_BY_ORGANISATIONS, Reader.class)
                .setParameter("organisations", bidders).getResultList();
    }

    private void write(MailKind kind, Need need, Organisation owner, String reason, List<Reader> readers, String event, boolean digestable) {
        if (readers.isEmpty()) {
            return;
        }
        NeedFacts facts = facts(need, owner == null ? em.find(Organisation.class, need.project().ownerOrganisationId()) : owner);
        Instant now = clock.instant();
        for (Reader reader : readers) {
            if (digestable && reader.frequency() == Frequency.DAILY) {
                // gathered with the day's other needs into one mail at the reader's hour (MailDigests)
                em.persist(new DigestEntry(reader.subscriptionId(), reader.accountId(), need.id(), DigestHour.next(reader.digestHour(), now), now));
                continue;
            }
            String token = tokens.of(reader.subscriptionId(), reader.accountId());
            RenderedMail mail = MailText.render(kind, reader.language(), facts, reason, PublicUrl.unsubscribePage(token));
            em.persist(new OutboxMessage(event + ":" + reader.accountId(), reader.accountId(), reader.email(), kind, need.id(),
                    reader.language(), mail, token, now));
        }
    }

    private NeedFacts facts(Need need, Organisation owner) {
        List<Object[]> names = em.createQuery("SELECT s.details.nameZh, s.details.nameEn FROM ServiceItem s WHERE s.code = :code"
                + " AND s.latest = TRUE", Object[].class).setParameter("code", need.itemCode()).getResultList();
        Object[] name = names.isEmpty() ? new Object[] {need.itemCode(), need.itemCode()} : names.get(0);
        return facts(need, owner.region().nameZh(), owner.region().nameEn(), (String) name[0], (String) name[1]);
    }

    private static NeedFacts facts(Need need, String regionZh, String regionEn, String itemZh, String itemEn) {
        return new NeedFacts(need.id(), need.project().name(), need.itemCode(), itemZh == null ? need.itemCode() : itemZh, itemEn,
                regionZh, regionEn, need.ceilingPrice(), need.bidDeadline(), PublicUrl.base() + "/need.xhtml?id=" + need.id());
    }

    /**
     * Of these needs, those still open for bids at {@code now}, as a digest tells them, by deadline: read in one
     * statement with their owners' regions and their items' names.
     */
    public List<NeedFacts> stillOpen(Collection<Long> needIds, Instant now) {
        if (needIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT n, o.region.nameZh, o.region.nameEn, s.details.nameZh, s.details.nameEn FROM Need n JOIN FETCH n.project"
                        + " JOIN Organisation o ON o.id = n.project.ownerOrganisationId LEFT JOIN ServiceItem s ON s.code = n.itemCode AND s.latest = TRUE"
                        + " WHERE n.id IN :ids AND n.status = :published AND n.bidDeadline > :now ORDER BY n.bidDeadline, n.id", Object[].class)
                .setParameter("ids", needIds).setParameter("published", NeedStatus.PUBLISHED).setParameter("now", now).getResultList().stream()
                .map(row -> facts((Need) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4])).toList();
    }
}
