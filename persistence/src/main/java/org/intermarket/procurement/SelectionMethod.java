package org.intermarket.procurement;

/** How the winner of a need is chosen (DOMAIN.md "Selection methods"), and how many valid bids each needs. */
public enum SelectionMethod {
    DIRECT(1),
    RANDOM_DRAW(3),
    LOWEST_PRICE(3),
    COMPREHENSIVE_SCORE(3);

    private final int minimumBids;

    SelectionMethod(int minimumBids) {
        this.minimumBids = minimumBids;
    }

    public int minimumBids() {
        return minimumBids;
    }
}
