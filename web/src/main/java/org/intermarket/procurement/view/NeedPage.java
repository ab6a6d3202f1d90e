package org.intermarket.procurement.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.intermarket.audit.AuditEntry;
import org.intermarket.delivery.Contract;
import org.intermarket.delivery.ContractQueries;
import org.intermarket.procurement.Bid;
import org.intermarket.procurement.BidService;
import org.intermarket.procurement.LowBidCase;
import org.intermarket.procurement.LowBidService;
import org.intermarket.procurement.Amendment;
import org.intermarket.procurement.ExclusionEntry;
import org.intermarket.procurement.NeedDossier;
import org.intermarket.procurement.NeedDossiers;
import org.intermarket.procurement.NeedHistory;
import org.intermarket.procurement.NeedView;
import org.intermarket.procurement.Notice;
import org.intermarket.registry.Membership;
import org.intermarket.registry.Role;
import org.intermarket.shared.DomainException;
import org.intermarket.shared.view.Ids;
import org.intermarket.shared.view.Messages;

/**
 * need.xhtml?id= and notice.xhtml?id=: a need for everyone, with what the signed-in visitor may
 * add: the agency its own bid, the owner the bids once bidding has closed.
 */
@Named
@RequestScoped
public class NeedPage {

    @Inject
    private NeedDossiers dossiers;

    @Inject
    private BidService bids;

    @Inject
    private Membership membership;

    @Inject
    private LowBidService lowBidService;

    @Inject
    private java.time.Clock clock;

    @Inject
    private ContractQueries contractQueries;

    @Inject
    private HttpServletRequest request;

    private Long id;
    private boolean loaded;
    private NeedDossier dossier;
    private NeedView view;
    // Read lazily, once per request: the page refers to each several times (rendered tests, tables, menus).
    private Optional<Bid> myBid;
    private List<Bid> allBids;
    private List<Contract> contracts;
    private List<LowBidCase> lowBids;

    /**
     * The id comes from the address on a GET and from a hidden field on a form post: view
     * parameters reach the bean only after the forms have been decoded, too late for their
     * {@code rendered} conditions.
     */
    @PostConstruct
    void readId() {
        id = Ids.fromRequest(request, "id");
    }

    /**
     * Reads the need and what everyone sees of it once per request, in one call; an address without a usable id, or
     * one naming no need, gets one message.
     */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            Messages.error("error.address-id");
        } else if (!Messages.attempt(() -> dossier = dossiers.of(id))) {
            dossier = null;
        }
        view = dossier == null ? null : dossier.view();
    }

    public NeedView getView() {
        load();
        return view;
    }

    public boolean isOwner() {
        return getView() != null && request.isUserInRole(Role.OWNER.name())
                && membership.isOwnOrganisation(view.need().project().ownerOrganisationId());
    }

    public boolean isAgency() {
        return request.isUserInRole(Role.AGENCY.name());
    }

    /** The signed-in agency's own bid, or null. Read once per rendering, however often the page refers to it. */
    public Bid getMyBid() {
        if (myBid == null) {
            myBid = Optional.ofNullable(isAgency() ? ownBid() : null);
        }
        return myBid.orElse(null);
    }

    private Bid ownBid() {
        try {
            return bids.mine(id);
        } catch (DomainException none) {
            return null;
        }
    }

    /** All bids, for the owner once bidding has closed. */
    public List<Bid> getBids() {
        if (allBids == null) {
            allBids = isOwner() && view.need().status().unsealed() ? bids.all(id) : List.of();
        }
        return allBids;
    }

    /** The need's contracts, for its parties and supervisors; nothing for anyone else. */
    public List<Contract> getContracts() {
        if (contracts == null) {
            boolean mayHaveOne = request.isUserInRole(Role.OWNER.name()) || request.isUserInRole(Role.AGENCY.name())
                    || request.isUserInRole(Role.SUPERVISOR.name());
            contracts = getView() == null || !mayHaveOne || !view.need().status().unsealed() ? List.of() : contractQueries.ofNeed(id);
        }
        return contracts;
    }

    public Notice getNotice() {
        return getView() == null ? null : dossier.notice();
    }

    public List<Amendment> getAmendments() {
        return getView() == null ? List.of() : dossier.amendments();
    }

    public List<ExclusionEntry> getExclusions() {
        return getView() == null ? List.of() : dossier.exclusions();
    }

    /** The need's past rounds and awards; shown when there is more than the present to tell. */
    public NeedHistory.Record getHistory() {
        return getView() == null ? new NeedHistory.Record(List.of(), List.of(), java.util.Map.of()) : dossier.history();
    }

    public boolean isWithHistory() {
        NeedHistory.Record record = getHistory();
        return record.rounds().size() > 1 || !record.awards().isEmpty();
    }

    public List<AuditEntry> getTimeline() {
        return getView() == null ? List.of() : dossier.timeline();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The marked bids of every round of the need, the current round's first in line for its forms. */
    public List<LowBidCase> getLowBids() {
        if (lowBids == null) {
            lowBids = getView() == null || !view.need().status().unsealed() ? List.of() : lowBidService.onNeed(id);
        }
        return lowBids;
    }

    /** The signed-in agency's marked bid on the current round, or null. */
    public LowBidCase getMyLowBid() {
        return getLowBids().stream().filter(c -> c.own() && c.round() == view.need().round()).findFirst().orElse(null);
    }

    /** Now, for the page's tests of what can still be done (explain before explainBy). */
    public java.time.Instant getNow() {
        return clock.instant();
    }
}
