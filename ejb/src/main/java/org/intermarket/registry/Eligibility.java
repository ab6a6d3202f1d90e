package org.intermarket.registry;

import java.util.List;

/**
 * Whether an agency may be selected for an item on a day, and if not, every reason why. Reason
 * codes are stable: pages translate them and the procurement context reports them in its 409s.
 */
public record Eligibility(boolean eligible, List<String> reasons) {

    public static final String NOT_ACTIVE = "agency-not-active";
    public static final String CREDIT_LEVEL_D = "credit-level-d";
    public static final String BLACKLISTED = "blacklisted";
    public static final String NO_GUIDE = "no-service-guide";
    public static final String QUALIFICATION_MISSING = "qualification-missing";
    public static final String ITEM_RETIRED = "item-retired";

    public static Eligibility of(List<String> reasons) {
        return new Eligibility(reasons.isEmpty(), List.copyOf(reasons));
    }
}
