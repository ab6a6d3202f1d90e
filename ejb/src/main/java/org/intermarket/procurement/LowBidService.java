package org.intermarket.procurement;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.intermarket.audit.AuditTrail;
import org.intermarket.files.Attachment;
import org.intermarket.files.FileType;
import org.intermarket.files.StoredFile;
import org.intermarket.files.Uploads;
import org.intermarket.inbox.Inbox;
import org.intermarket.inbox.NotificationKind;
import org.intermarket.registry.Membership;
import org.intermarket.registry.Offices;
import org.intermarket.shared.Caller;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/**
 * Abnormally low bids after the close (issue 21): the marked agency explains its price in writing or withdraws the bid,
 * the owner accepts or rejects each explanation with a reason, all of it on the need's public timeline. Selection
 * waits for these cases ({@link Need#screenLowBids}); marking itself happens at the close ({@link NeedClosing}).
 */
@Stateless
public class LowBidService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NeedService needs;

    @Inject
    private Membership membership;

    @Inject
    private Offices offices;

    @Inject
    private Uploads uploads;

    @Inject
    private Inbox inbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** Every marked bid of every round of a need; the explanations themselves only for their parties. */
    @PermitAll
    public List<LowBidCase> onNeed(@NotNull Long needId) {
        Need need = needs.visible(needId);
        List<LowBid> marks = em.createNamedQuery(LowBid.FIND_BY_NEED, LowBid.class).setParameter("need", needId).getResultList();
        Map<Long, String> names = OrganisationNames.of(em, marks.stream().map(LowBid::agencyId).toList());
        boolean ownerOrSupervisor = membership.isOwnOrganisation(need.project().ownerOrganisationId()) || offices.supervisesNeed(needId);
        Instant now = clock.instant();
        return marks.stream().map(mark -> {
            boolean own = membership.isOwnOrganisation(mark.agencyId());
            return LowBidCase.of(mark, names.get(mark.agencyId()), own || ownerOrSupervisor, own, now);
        }).toList();
    }

    /** The caller agency's written explanation of its marked bid on the current round; sealed by its SHA-256, once. */
    @RolesAllowed(Roles.AGENCY)
    public LowBid explain(@NotNull Long needId, @NotBlank @Size(max = 4000) String text) {
        Need need = needs.lockedPublished(needId);
        LowBid mark = mine(need);
        mark.explain(text.strip(), clock.instant());
        audit.record("LOW_BID_EXPLAINED", "Need", needId, StoredText.facts("bid", mark.bidId(), "agency", name(mark),
                "explanationSha256", mark.explanationSha256()));
        inbox.postAbout(need, need.project().ownerOrganisationId(), NotificationKind.LOW_BID_EXPLAINED, "/need.xhtml?id=" + needId, name(mark));
        return mark;
    }

    /** A file to go with the explanation (PDF, Office, image or ZIP), until the explanation is submitted. */
    @RolesAllowed(Roles.AGENCY)
    public LowBid attachFile(@NotNull Long needId, @NotNull Attachment file) {
        Long agencyId = membership.organisationId();
        StoredFile stored = uploads.accept(file.content(), file.name(), FileType.DOCUMENTS, agencyId, caller.name());
        Need need = needs.lockedPublished(needId);
        LowBid mark = mine(need);
        mark.attachFile(stored, clock.instant());
        return mark;
    }

    /** The explanation's file: for its agency, the need's owner and supervisors. */
    @RolesAllowed({Roles.AGENCY, Roles.OWNER, Roles.SUPERVISOR})
    public StoredFile explanationFile(@NotNull Long needId, @NotNull Long lowBidId) {
        LowBid mark = em.createQuery("SELECT m FROM LowBid m LEFT JOIN FETCH m.explanationFile WHERE m.id = :id", LowBid.class)
                .setParameter("id", lowBidId).getResultStream().findFirst().orElse(null);
        if (mark == null || !mark.needId().equals(needId) || mark.explanationFile() == null || !party(mark)) {
            throw new NotFoundException("explanation file of low bid", lowBidId);
        }
        return mark.explanationFile();
    }

    /** The caller agency withdraws its marked bid instead of explaining it: the bid leaves the round. */
    @RolesAllowed(Roles.AGENCY)
    public LowBid withdraw(@NotNull Long needId) {
        Need need = needs.lockedPublished(needId);
        need.requireSelectable();
        LowBid mark = mine(need);
        mark.withdraw(caller.name(), clock.instant());
        audit.record("LOW_BID_WITHDRAWN", "Need", needId, StoredText.facts("bid", mark.bidId(), "agency", name(mark)));
        return mark;
    }

    /** The owner accepts or rejects an explanation with a reason, before selection; the agency is told. */
    @RolesAllowed(Roles.OWNER)
    public LowBid decide(@NotNull Long needId, @NotNull Long lowBidId, boolean accepted, @NotBlank @Size(max = 2000) String reason) {
        Need need = needs.ownLocked(needId);
        need.requireSelectable();
        LowBid mark = need.lowBids().stream().filter(m -> m.id().equals(lowBidId)).findFirst()
                .orElseThrow(() -> new NotFoundException("abnormally low bid on need " + needId, lowBidId));
        mark.decide(accepted, reason.strip(), caller.name(), clock.instant());
        audit.record(accepted ? "LOW_BID_ACCEPTED" : "LOW_BID_REJECTED", "Need", needId, StoredText.facts("bid", mark.bidId(),
                "agency", name(mark), "explanationSha256", mark.explanationSha256(), "reason", mark.decisionReason()));
        inbox.postAbout(need, mark.agencyId(), accepted ? NotificationKind.LOW_BID_ACCEPTED : NotificationKind.LOW_BID_REJECTED,
                "/need.xhtml?id=" + needId, mark.decisionReason());
        return mark;
    }

    /** The caller's marked bid on the need's current round; any other agency finds none. */
    private LowBid mine(Need need) {
        Long agencyId = membership.organisationId();
        return need.lowBids().stream().filter(mark -> mark.agencyId().equals(agencyId)).findFirst()
                .orElseThrow(() -> new NotFoundException("your abnormally low bid on need", need.id()));
    }

    private boolean party(LowBid mark) {
        if (membership.isOwnOrganisation(mark.agencyId()) || offices.supervisesNeed(mark.needId())) {
            return true;
        }
        Need need = em.find(Need.class, mark.needId());
        return membership.isOwnOrganisation(need.project().ownerOrganisationId());
    }

    private String name(LowBid mark) {
        return OrganisationNames.of(em, List.of(mark.agencyId())).get(mark.agencyId());
    }
}
