package org.intermarket.opendata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The events of a need's public timeline (its entries in the audit chain) that are published as
 * OCDS releases, each with the release tags it can carry. An audit entry never changes, so its
 * sequence number and time give every release a stable id and date. Drafting, exclusions and bid
 * events are not here: drafts are private and bids are recorded against the bids, sealed.
 */
public enum Stage {
    /** Published, or republished as a new round after a failed one. */
    PUBLISHED("NEED_PUBLISHED", "tender", "tenderUpdate"),
    AMENDED("NEED_AMENDED", "tenderAmendment"),
    CANCELLED("NEED_CANCELLED", "tenderCancellation"),
    /** The deadline passed with enough bids: from here on the number of bids is public. */
    CLOSED("BIDDING_CLOSED", "tenderUpdate"),
    /** 流标: too few valid bids, at the deadline or at selection. */
    FAILED("NEED_FAILED", "tenderUpdate"),
    /** Abnormally low bids: marked at the close, explained, decided, lapsed or withdrawn before selection (the bid statistics move). */
    LOW_BID_MARKED("BID_MARKED_LOW", "tenderUpdate"),
    LOW_BID_EXPLAINED("LOW_BID_EXPLAINED", "tenderUpdate"),
    LOW_BID_ACCEPTED("LOW_BID_ACCEPTED", "tenderUpdate"),
    LOW_BID_REJECTED("LOW_BID_REJECTED", "tenderUpdate"),
    LOW_BID_LAPSED("LOW_BID_LAPSED", "tenderUpdate"),
    LOW_BID_WITHDRAWN("LOW_BID_WITHDRAWN", "tenderUpdate"),
    AWARDED("NEED_AWARDED", "award"),
    /** Upheld objections annul the award under notice. */
    OBJECTION_UPHELD("OBJECTION_UPHELD", "awardCancellation", "awardUpdate"),
    CONTRACT_SIGNED("CONTRACT_SIGNED", "contract"),
    CONTRACT_CONFIRMED("CONTRACT_CONFIRMED", "contractUpdate"),
    /** The winner declined or let the signing period pass: contract and award fall, selection starts again. */
    CONTRACT_LAPSED("CONTRACT_LAPSED", "awardCancellation", "contractUpdate"),
    DELIVERED("DELIVERABLE_SUBMITTED", "implementation", "implementationUpdate"),
    DELIVERY_REJECTED("DELIVERY_REJECTED", "implementation", "implementationUpdate"),
    OVERDUE("CONTRACT_OVERDUE", "implementation", "implementationUpdate"),
    ACCEPTED("DELIVERY_ACCEPTED", "contractTermination"),
    RATED("NEED_RATED", "implementation", "implementationUpdate");

    private static final Map<String, Stage> BY_ACTION = Arrays.stream(values()).collect(Collectors.toMap(Stage::action, Function.identity()));

    private final String action;
    private final List<String> tags;

    Stage(String action, String... tags) {
        this.action = action;
        this.tags = List.of(tags);
    }

    /** The audit action that records this event. */
    public String action() {
        return action;
    }

    /**
     * The releaseTag codes (closed codelist) a release of this stage carries: both for a lapsed
     * contract; otherwise the first for the first such event of the process, the second for later ones
     * (a republished round, a later implementation event, an upheld objection with no award under notice).
     */
    public List<String> tags() {
        return tags;
    }

    /** The id of a release of this stage recorded as audit entry {@code seq}: stable, and unique within the process. */
    String releaseId(long seq) {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + seq;
    }

    public static List<String> actions() {
        return Arrays.stream(values()).map(Stage::action).toList();
    }

    static Stage of(String action) {
        Stage stage = BY_ACTION.get(action);
        if (stage == null) {
            throw new IllegalArgumentException("not a published stage: " + action);
        }
        return stage;
    }
}
