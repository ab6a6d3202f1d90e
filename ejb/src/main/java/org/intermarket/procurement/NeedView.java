package org.intermarket.procurement;

/**
 * A need as anyone may see it: the bid count only once bidding has closed (before that not even
 * the number of bids is public), the draw seed only after the deadline.
 */
public record NeedView(Need need, String ownerName, String ownerRegion, Long bidCount) {

    public String drawSeed() {
        return need.status().unsealed() ? need.drawSeed() : null;
    }
}
