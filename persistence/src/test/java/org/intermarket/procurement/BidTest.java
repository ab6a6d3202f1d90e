package org.intermarket.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.intermarket.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BidTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-21T03:00:00Z");
    private static final Bid.Offer OFFER = new Bid.Offer(new BigDecimal("900.00"), 20, "plan");
    private static final Bid.Offer CHEAPER = new Bid.Offer(new BigDecimal("850.00"), 18, "better plan");

    private static Bid live() {
        return new Bid(NeedTest.in(NeedStatus.PUBLISHED), 42L, OFFER, "10.0.0.1", RECEIVED);
    }

    private static Bid withdrawn() {
        Bid bid = live();
        bid.withdraw(RECEIVED.plusSeconds(60), RECEIVED.plusSeconds(61));
        return bid;
    }

    private static Bid forfeited() {
        Bid bid = live();
        bid.forfeit();
        return bid;
    }

    private static void refused(Executable transition) {
        assertEquals("procurement.bid-not-live", assertThrows(ConflictException.class, transition).code());
    }

    @Test
    void aNewBidIsLiveConfirmedAndOfTheNeedsCurrentRound() {
        Bid bid = live();
        assertEquals(BidStatus.LIVE, bid.status());
        assertTrue(bid.confirmed());
        assertEquals(1, bid.round());
        assertEquals(RECEIVED, bid.firstSubmittedAt());
        assertEquals(RECEIVED, bid.submittedAt());
    }

    @Test
    void aLiveBidIsReplacedInPlaceAndKeepsItsFirstSubmissionForTieBreaks() {
        Bid bid = live();
        String sealed = bid.sealedOfferSha256();
        Instant later = RECEIVED.plusSeconds(600);
        bid.replace(CHEAPER, "10.0.0.2", later);
        assertEquals(BidStatus.LIVE, bid.status());
        assertEquals(new BigDecimal("850.00"), bid.price());
        assertEquals(later, bid.submittedAt());
        assertEquals(RECEIVED, bid.firstSubmittedAt());
        assertNotEquals(sealed, bid.sealedOfferSha256(), "the receipt's hash follows the offer");
    }

    @Test
    void aLiveBidIsWithdrawnOnItsReceiptTime() {
        Bid bid = withdrawn();
        assertEquals(BidStatus.WITHDRAWN, bid.status());
        assertEquals(RECEIVED.plusSeconds(60), bid.submittedAt(), "judged by when it arrived");
    }

    @Test
    void anAmendmentLeavesALiveBidUncountedUntilItsAgencyConfirmsIt() {
        Bid bid = live();
        bid.requireConfirmation();
        assertFalse(bid.confirmed());
        assertEquals(BidStatus.LIVE, bid.status(), "still live: its agency hears of every change");
        bid.confirm(RECEIVED.plusSeconds(120));
        assertTrue(bid.confirmed());
        assertEquals(RECEIVED.plusSeconds(120), bid.submittedAt());
    }

    @Test
    void aReplacementCountsAsAConfirmation() {
        Bid bid = live();
        bid.requireConfirmation();
        bid.replace(CHEAPER, "10.0.0.1", RECEIVED.plusSeconds(120));
        assertTrue(bid.confirmed());
    }

    @Test
    void aWinnerThatDoesNotSignForfeitsItsLiveBid() {
        assertEquals(BidStatus.FORFEITED, forfeited().status());
    }

    @Test
    void aWithdrawnBidMayBePlacedAgainButNothingElse() {
        Bid bid = withdrawn();
        refused(() -> bid.withdraw(RECEIVED.plusSeconds(70), RECEIVED.plusSeconds(71)));
        refused(() -> bid.confirm(RECEIVED.plusSeconds(70)));
        refused(bid::requireConfirmation);
        refused(bid::forfeit);
        assertEquals(BidStatus.WITHDRAWN, bid.status());

        bid.replace(CHEAPER, "10.0.0.1", RECEIVED.plusSeconds(90));
        assertEquals(BidStatus.LIVE, bid.status());
        assertEquals(RECEIVED, bid.firstSubmittedAt());
    }

    @Test
    void aForfeitedBidIsOutOfTheNeedForGood() {
        Bid bid = forfeited();
        refused(() -> bid.replace(CHEAPER, "10.0.0.1", RECEIVED.plusSeconds(90)));
        refused(() -> bid.withdraw(RECEIVED.plusSeconds(90), RECEIVED.plusSeconds(91)));
        refused(() -> bid.confirm(RECEIVED.plusSeconds(90)));
        refused(bid::requireConfirmation);
        refused(bid::forfeit);
        assertEquals(BidStatus.FORFEITED, bid.status());
        assertEquals(new BigDecimal("900.00"), bid.price(), "the offer it forfeited stays on the record");
    }

    @Test
    void aBidBelongsToTheRoundItWasPlacedIn() {
        Need need = NeedTest.in(NeedStatus.FAILED);
        Instant deadline = need.bidDeadline().plus(Duration.ofDays(10));
        need.prepareRepublish(deadline, null, null);
        need.publish(deadline.minus(Duration.ofDays(3)), Duration.ofDays(3), null, null, null);
        assertEquals(2, new Bid(need, 42L, OFFER, null, deadline.minusSeconds(60)).round());
    }
}
