package org.intermarket.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.intermarket.audit.AuditTrail;
import org.intermarket.inbox.Inbox;
import org.intermarket.inbox.NotificationKind;
import org.intermarket.registry.Membership;
import org.intermarket.registry.Offices;
import org.intermarket.shared.Caller;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/**
 * 评价-整改-回访: the agency answers a bad rating's rectification, a supervisor follows up and
 * closes it. Supervisors see the whole queue, unanswered cases past their due date first.
 */
@Stateless
public class RectificationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Membership membership;

    @Inject
    private Offices offices;

    @Inject
    private Inbox inbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @RolesAllowed(Roles.AGENCY)
    public Rectification answer(@NotNull Long ratingId, @NotBlank @Size(max = 4000) String answer) {
        Rectification rectification = ofRating(ratingId);
        if (!membership.isOwnOrganisation(rectification.agencyId())) {
            throw new NotFoundException("rectification of rating", ratingId);
        }
        rectification.answer(answer.trim(), clock.instant());
        audit.record("RECTIFICATION_ANSWERED", "Agency", rectification.agencyId(), StoredText.facts("rating", ratingId));
        Contract contract = rectification.rating().contract();
        inbox.postAbout(contract.need(), contract.ownerOrganisationId(), NotificationKind.RECTIFICATION_ANSWERED,
                "/account/contract.xhtml?id=" + contract.id());
        return rectification;
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public Rectification close(@NotNull Long ratingId, @NotBlank @Size(max = 1000) String note) {
        Rectification rectification = ofRating(ratingId);
        if (!offices.coversNeed(rectification.rating().contract().need().id())) {
            throw new NotFoundException("rectification of rating", ratingId);
        }
        rectification.close(note.trim(), caller.name(), clock.instant());
        audit.record("RECTIFICATION_CLOSED", "Agency", rectification.agencyId(), StoredText.facts("rating", ratingId, "note", note.trim()));
        Contract contract = rectification.rating().contract();
        inbox.postAbout(contract.need(), rectification.agencyId(), NotificationKind.RECTIFICATION_CLOSED,
                "/account/contract.xhtml?id=" + contract.id(), note.trim());
        return rectification;
    }

    /**
     * Rectifications in a status (all open ones when null): a supervisor those on needs in its office's
     * jurisdiction, an agency its own. Oldest due first, so the unanswered overdue cases lead.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.AGENCY})
    public Page<RectificationEntry> queue(RectificationStatus status, @NotNull PageRequest page) {
        String where = " WHERE " + (status == null ? "x.status <> :closed" : "x.status = :status")
                + (membership.isSupervisor() ? " AND (" + inJurisdiction() + ")" : " AND x.agencyId = :me");
        TypedQuery<RectificationEntry> rows = em.createQuery("SELECT new org.intermarket.delivery.RectificationEntry(x.id, r.id, r.contract.id,"
                + " x.agencyId, o.name, x.status, x.openedAt, x.answerDue, x.answer,"
                + " new org.intermarket.delivery.Rating$Scores(r.quality, r.timeliness, r.attitude, r.fee), r.comment)"
                + " FROM Rectification x JOIN x.rating r, Organisation o" + where + " AND o.id = x.agencyId ORDER BY x.answerDue, x.id",
                RectificationEntry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(x) FROM Rectification x" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            if (status == null) {
                query.setParameter("closed", RectificationStatus.CLOSED);
            } else {
                query.setParameter("status", status);
            }
            if (!membership.isSupervisor()) {
                query.setParameter("me", membership.organisationId());
            }
        }
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page.page(), page.size(),
                count.getSingleResult());
    }

    /** How many rectifications wait past their due date without an answer: the supervisor's header badge. */
    @RolesAllowed(Roles.SUPERVISOR)
    public long unansweredOverdue() {
        return em.createQuery("SELECT COUNT(x) FROM Rectification x WHERE x.status = :open AND x.answerDue < :now AND ("
                        + inJurisdiction() + ")", Long.class)
                .setParameter("open", RectificationStatus.OPEN).setParameter("now", Instant.now(clock)).getSingleResult();
    }

    /** The caller's jurisdiction over the need a rectification {@code x} follows from. */
    private String inJurisdiction() {
        return offices.jurisdiction().needsJpql("x.rating.contract.need.project.ownerOrganisationId", "x.rating.contract.need.itemCode");
    }

    private Rectification ofRating(Long ratingId) {
        return em.createQuery("SELECT x FROM Rectification x WHERE x.rating.id = :rating", Rectification.class)
                .setParameter("rating", ratingId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("rectification of rating", ratingId));
    }
}
