package org.intermarket.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.StoredText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class NeedTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final Duration THREE_DAYS = Duration.ofDays(3);
    private static final Duration TWO_DAYS = Duration.ofDays(2);
    private static final Instant DEADLINE = NOW.plus(THREE_DAYS);

    static Need need(Instant deadline) {
        Project project = new Project(1L, "p", "2026-330100-48-01-000001", "杭州", new BigDecimal("1.00"), NOW);
        return Need.draft(project, new NeedTerms("ZJFW-003", "scope", 10, new BigDecimal("1000.00"), null, SelectionMethod.LOWEST_PRICE,
                null, deadline, "c"), NOW);
    }

    /** The ranking of a selection that weighed one bid, {@code bidId}, of agency 70 at 900.00. */
    static List<AwardRank> ranked(long bidId) {
        return List.of(new AwardRank(1, bidId, 70L, new BigDecimal("900.00"), 10, null, null));
    }

    /**
     * A need brought to {@code state} the way the market brings it there, each step through the need's own
     * transitions; SELECTED is only passed through and never reached.
     */
    static Need in(NeedStatus state) {
        Need need = need(DEADLINE);
        if (state == NeedStatus.DRAFT) {
            return need;
        }
        need.publish(NOW, THREE_DAYS, null, null, null);
        switch (state) {
            case PUBLISHED -> {
                return need;
            }
            case CANCELLED -> {
                need.cancel("no longer needed", NOW.plusSeconds(60));
                return need;
            }
            case FAILED -> {
                need.close(2, DEADLINE);
                return need;
            }
            default -> need.close(3, DEADLINE);
        }
        if (state == NeedStatus.BIDDING_CLOSED) {
            return need;
        }
        need.award(7L, ranked(7L), DEADLINE.plusSeconds(10), THREE_DAYS);
        if (state == NeedStatus.NOTICE) {
            return need;
        }
        need.contracted();
        if (state == NeedStatus.CONTRACTED) {
            return need;
        }
        need.delivered();
        if (state == NeedStatus.DELIVERED) {
            return need;
        }
        need.accepted();
        if (state == NeedStatus.ACCEPTED) {
            return need;
        }
        need.rated();
        if (state == NeedStatus.RATED) {
            return need;
        }
        throw new IllegalArgumentException(state + " is passed through, never reached");
    }

    /** One transition of a need: where it may start, where it leads, and the code it is refused with anywhere else. */
    enum Transition {
        REVISE(n -> n.revise(new NeedTerms("ZJFW-003", "revised scope", 12, new BigDecimal("900.00"), null, SelectionMethod.LOWEST_PRICE,
                null, DEADLINE, "c")), NeedStatus.DRAFT, "procurement.not-draft", NeedStatus.DRAFT),
        // Published exactly the minimum period before whatever deadline the need has, so that only the state decides.
        PUBLISH(n -> n.publish(n.bidDeadline().minus(THREE_DAYS), THREE_DAYS, null, null, null), NeedStatus.PUBLISHED, "procurement.not-publishable",
                NeedStatus.DRAFT, NeedStatus.FAILED),
        PREPARE_REPUBLISH(n -> n.prepareRepublish(DEADLINE.plus(THREE_DAYS.multipliedBy(3)), null, null), NeedStatus.FAILED,
                "procurement.not-failed", NeedStatus.FAILED),
        AMEND(n -> n.amend("wider scope", null, null, null, NOW, TWO_DAYS), NeedStatus.PUBLISHED, "procurement.not-published",
                NeedStatus.PUBLISHED),
        CANCEL(n -> n.cancel("no longer needed", NOW), NeedStatus.CANCELLED, "procurement.not-published", NeedStatus.PUBLISHED),
        FAIL_AT_SELECTION(n -> n.fail("too few valid", DEADLINE.plusSeconds(10)), NeedStatus.FAILED, "procurement.not-closed", NeedStatus.BIDDING_CLOSED),
        AWARD(n -> n.award(8L, ranked(8L), DEADLINE.plusSeconds(10), THREE_DAYS), NeedStatus.NOTICE, "procurement.not-closed", NeedStatus.BIDDING_CLOSED),
        ANNUL_AWARD(n -> n.annulAward(AwardEnding.ANNULLED_BY_OBJECTION, 5L, "upheld", DEADLINE.plusSeconds(20)), NeedStatus.BIDDING_CLOSED, "procurement.not-notice", NeedStatus.NOTICE),
        CONTRACTED(Need::contracted, NeedStatus.CONTRACTED, "procurement.out-of-step", NeedStatus.NOTICE),
        DELIVERED(Need::delivered, NeedStatus.DELIVERED, "procurement.out-of-step", NeedStatus.CONTRACTED, NeedStatus.DELIVERED),
        DELIVERY_REJECTED(Need::deliveryRejected, NeedStatus.CONTRACTED, "procurement.out-of-step", NeedStatus.DELIVERED),
        ACCEPTED(Need::accepted, NeedStatus.ACCEPTED, "procurement.out-of-step", NeedStatus.DELIVERED),
        RATED(Need::rated, NeedStatus.RATED, "procurement.out-of-step", NeedStatus.ACCEPTED);

        final Consumer<Need> move;
        final NeedStatus to;
        final String refusal;
        final Set<NeedStatus> from;

        Transition(Consumer<Need> move, NeedStatus to, String refusal, NeedStatus... from) {
            this.move = move;
            this.to = to;
            this.refusal = refusal;
            this.from = EnumSet.copyOf(Arrays.asList(from));
        }
    }

    static Stream<Arguments> everyTransitionFromEveryState() {
        return Stream.of(Transition.values()).flatMap(t -> EnumSet.complementOf(EnumSet.of(NeedStatus.SELECTED)).stream()
                .map(state -> Arguments.of(t, state)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyTransitionFromEveryState")
    void aTransitionLeadsOnFromItsStartingStatesAndIsRefusedFromEveryOther(Transition transition, NeedStatus from) {
        Need need = in(from);
        if (transition.from.contains(from)) {
            transition.move.accept(need);
            assertEquals(transition.to, need.status());
        } else {
            int failedRounds = need.failedRounds();
            ConflictException refused = assertThrows(ConflictException.class, () -> transition.move.accept(need));
            assertEquals(transition.refusal, refused.code());
            assertEquals(from, need.status(), "a refused transition leaves the need where it was");
            assertEquals(failedRounds, need.failedRounds());
        }
    }

    @Test
    void theDeadlineMustLeaveTheMinimumBiddingPeriod() {
        assertThrows(ConflictException.class, () -> need(NOW.plus(THREE_DAYS).minusSeconds(1)).publish(NOW, THREE_DAYS, null, null, null));
        Need need = need(NOW.plus(THREE_DAYS));
        need.publish(NOW, THREE_DAYS, null, null, null);
        assertEquals(NeedStatus.PUBLISHED, need.status());
    }

    @Test
    void bidsAreInTimeStrictlyBeforeTheDeadlineAndClosingHappensOnce() {
        Need need = in(NeedStatus.PUBLISHED);
        assertTrue(need.openForBidsAt(DEADLINE.minusNanos(1000)));
        assertFalse(need.openForBidsAt(DEADLINE), "a bid at the deadline itself is late");
        assertFalse(need.close(3, DEADLINE.minusSeconds(1)), "a timer that fires early does nothing");
        assertTrue(need.close(3, DEADLINE));
        assertFalse(need.close(3, DEADLINE.plusSeconds(60)), "nor does one that fires twice");
        assertEquals(NeedStatus.BIDDING_CLOSED, need.status());
        assertEquals(DEADLINE, need.closedAt());
    }

    @ParameterizedTest
    @EnumSource(value = NeedStatus.class, names = {"PUBLISHED", "SELECTED"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyAPublishedNeedCloses(NeedStatus state) {
        Need need = in(state);
        assertFalse(need.close(3, DEADLINE.plus(THREE_DAYS)), "a late or second timer finds nothing to close");
        assertEquals(state, need.status());
    }

    @Test
    void tooFewBidsAtTheDeadlineFailTheRound() {
        Need failed = in(NeedStatus.FAILED);
        assertEquals(1, failed.failedRounds());
        assertEquals(StoredText.of("tooFewBids", "bids", 2, "minimum", 3).encode(), failed.statusReason(), "kept as a code, phrased when read");
    }

    @Test
    void tooFewValidBidsAtSelectionFailTheRoundAsWell() {
        Need need = in(NeedStatus.BIDDING_CLOSED);
        need.fail("tooFewBids", DEADLINE.plusSeconds(10));
        assertEquals(NeedStatus.FAILED, need.status());
        assertEquals(1, need.failedRounds());
        assertEquals("tooFewBids", need.statusReason());
    }

    @Test
    void directSelectionIsAllowedAfterTwoFailedRounds() {
        Need need = in(NeedStatus.FAILED);
        assertFalse(need.directAllowedAfterFailures());
        Instant secondDeadline = DEADLINE.plus(Duration.ofDays(10));
        need.prepareRepublish(secondDeadline, null, null);
        need.publish(secondDeadline.minus(THREE_DAYS), THREE_DAYS, null, null, null);
        need.close(0, secondDeadline);
        assertEquals(2, need.failedRounds());
        assertTrue(need.directAllowedAfterFailures());
    }

    @Test
    void aRepublishedNeedIsANewRoundWithItsOwnDeadlineAndMethod() {
        Need need = in(NeedStatus.FAILED);
        Instant newDeadline = DEADLINE.plus(Duration.ofDays(10));
        need.prepareRepublish(newDeadline, SelectionMethod.COMPREHENSIVE_SCORE, new NeedTerms.Weights(50, 20, 30));
        assertEquals(NeedStatus.FAILED, need.status(), "prepared, not yet published");
        need.publish(newDeadline.minus(Duration.ofDays(4)), THREE_DAYS, "seed", "commitment", null);
        assertEquals(NeedStatus.PUBLISHED, need.status());
        assertEquals(2, need.round());
        assertEquals(newDeadline, need.bidDeadline());
        assertEquals(SelectionMethod.COMPREHENSIVE_SCORE, need.method());
        assertEquals(new NeedTerms.Weights(50, 20, 30), need.weights());
        assertEquals("commitment", need.drawCommitment());
        assertNull(need.statusReason(), "the reason the last round failed belongs to that round");
        assertNull(need.closedAt());
    }

    @Test
    void anAmendmentBeforeTheDeadlineKeepsTheMinimumRemainingAndSaysWhatChanged() {
        Need need = in(NeedStatus.PUBLISHED);
        Instant late = DEADLINE.minus(Duration.ofHours(1));
        StoredText changes = need.amend(null, 20, new BigDecimal("1200.00"), null, late, TWO_DAYS);
        assertEquals(late.plus(TWO_DAYS), need.bidDeadline(), "at least two days remain after an amendment");
        assertEquals(20, need.serviceDays());
        assertEquals(new BigDecimal("1200.00"), need.ceilingPrice());
        assertEquals(StoredText.facts("daysBefore", 10, "days", 20, "ceilingBefore", new BigDecimal("1000.00"), "ceiling",
                new BigDecimal("1200.00"), "deadlineBefore", DEADLINE, "deadline", late.plus(TWO_DAYS)).encode(), changes.encode());
        assertEquals(StoredText.facts("termsUnchanged", true).encode(), need.amend("scope", null, null, null, late, TWO_DAYS).encode());
    }

    @Test
    void atTheDeadlineANeedCanNeitherBeAmendedNorCancelled() {
        Need need = in(NeedStatus.PUBLISHED);
        assertEquals("procurement.deadline-passed",
                assertThrows(ConflictException.class, () -> need.amend("x", null, null, null, DEADLINE, TWO_DAYS)).code());
        assertEquals("procurement.deadline-passed", assertThrows(ConflictException.class, () -> need.cancel("late", DEADLINE)).code());
        assertEquals(NeedStatus.PUBLISHED, need.status());
        assertEquals("scope", need.scope());
    }

    @Test
    void anAwardPutsUpTheNoticeAndObjectionsCloseWithIt() {
        Need need = in(NeedStatus.NOTICE);
        assertEquals(7L, need.winningBidId());
        assertEquals(DEADLINE.plusSeconds(10), need.selectedAt());
        assertTrue(need.openForObjectionsAt(DEADLINE.plus(THREE_DAYS)));
        assertFalse(need.openForObjectionsAt(DEADLINE.plusSeconds(10).plus(THREE_DAYS)));
        assertFalse(in(NeedStatus.BIDDING_CLOSED).openForObjectionsAt(DEADLINE.plusSeconds(20)), "no notice, no objection");
    }

    @Test
    void anAnnulledAwardGoesBackToSelectionWithoutItsWinner() {
        Need need = in(NeedStatus.NOTICE);
        need.annulAward(AwardEnding.ANNULLED_BY_OBJECTION, 5L, "upheld", DEADLINE.plusSeconds(20));
        assertEquals(NeedStatus.BIDDING_CLOSED, need.status());
        assertNull(need.winningBidId());
        assertNull(need.noticeEndsAt());
        assertEquals("upheld", need.statusReason());
        need.award(8L, ranked(8L), DEADLINE.plus(Duration.ofDays(4)), THREE_DAYS);
        assertEquals(8L, need.winningBidId(), "the owner selects again");
        assertNull(need.statusReason(), "why the first award fell is kept by that award");
    }

    @Test
    void theNeedKeepsEveryAwardAndHowTheFallenOneEnded() {
        Need need = in(NeedStatus.NOTICE);
        need.annulAward(AwardEnding.ANNULLED_BY_OBJECTION, 5L, "upheld", DEADLINE.plusSeconds(20));
        assertTrue(need.standingAward().isEmpty(), "no award stands while the owner selects again");
        need.award(8L, ranked(8L), DEADLINE.plus(Duration.ofDays(4)), THREE_DAYS);

        assertEquals(2, need.awards().size());
        Award fallen = need.awards().get(0);
        assertEquals(7L, fallen.bidId(), "the annulled award still names its winner");
        assertEquals(70L, fallen.agencyId());
        assertEquals(new BigDecimal("900.00"), fallen.price());
        assertEquals(DEADLINE.plusSeconds(10), fallen.selectedAt());
        assertEquals(DEADLINE.plusSeconds(10).plus(THREE_DAYS), fallen.noticeEndsAt(), "its notice as it was put up");
        assertEquals(AwardEnding.ANNULLED_BY_OBJECTION, fallen.ending());
        assertEquals(5L, fallen.objectionId());
        assertEquals("upheld", fallen.endReason());
        assertEquals(DEADLINE.plusSeconds(20), fallen.endedAt());
        assertEquals(SelectionMethod.LOWEST_PRICE, fallen.method());
        assertEquals(List.of(7L), fallen.ranking().stream().map(AwardRank::bidId).toList());

        Award standing = need.standingAward().orElseThrow();
        assertEquals(8L, standing.bidId());
        assertNull(standing.ending());
        assertThrows(IllegalArgumentException.class, () -> in(NeedStatus.BIDDING_CLOSED).award(9L, ranked(8L), DEADLINE, THREE_DAYS),
                "the winner is one of the bids the selection weighed");
    }

    @Test
    void everyRoundKeepsItsTermsAsPublishedAndHowItEnded() {
        Need need = in(NeedStatus.PUBLISHED);
        need.amend("amended scope", 20, new BigDecimal("1200.00"), null, NOW.plusSeconds(30), TWO_DAYS);
        need.close(2, DEADLINE);
        Instant secondDeadline = DEADLINE.plus(Duration.ofDays(10));
        need.prepareRepublish(secondDeadline, SelectionMethod.RANDOM_DRAW, null);
        Instant republished = secondDeadline.minus(Duration.ofDays(4));
        need.publish(republished, THREE_DAYS, "seed", "commitment", null);
        need.cancel("no longer needed", republished.plusSeconds(60));

        assertEquals(List.of(1, 2), need.rounds().stream().map(Round::number).toList());
        Round first = need.rounds().get(0);
        assertEquals("scope", first.terms().scope(), "published terms are not overwritten by the amendment");
        assertEquals(10, first.terms().serviceDays());
        assertEquals(new BigDecimal("1000.00"), first.terms().ceilingPrice());
        assertEquals(DEADLINE, first.bidDeadline());
        assertEquals(SelectionMethod.LOWEST_PRICE, first.method());
        assertEquals(NOW, first.publishedAt());
        assertEquals(DEADLINE, first.closedAt());
        assertEquals(RoundOutcome.FAILED, first.outcome());
        assertEquals(StoredText.of("tooFewBids", "bids", 2, "minimum", 3).encode(), first.outcomeReason());

        Round second = need.rounds().get(1);
        assertEquals("amended scope", second.terms().scope(), "a new round goes out on the terms in force");
        assertEquals(20, second.terms().serviceDays());
        assertEquals(secondDeadline, second.bidDeadline());
        assertEquals(SelectionMethod.RANDOM_DRAW, second.method());
        assertEquals("commitment", second.drawCommitment());
        assertEquals(republished, second.publishedAt());
        assertNull(second.closedAt());
        assertEquals(RoundOutcome.CANCELLED, second.outcome());
        assertEquals("no longer needed", second.outcomeReason());
        assertEquals(republished.plusSeconds(60), second.endedAt());
    }

    @Test
    void aRoundClosedWithEnoughBidsEndsOnlyIfSelectionFailsIt() {
        Need need = in(NeedStatus.BIDDING_CLOSED);
        Round round = need.rounds().get(0);
        assertEquals(RoundOutcome.CLOSED, round.outcome());
        assertNull(round.endedAt());
        need.fail("tooFewBids", DEADLINE.plusSeconds(10));
        assertEquals(RoundOutcome.FAILED, round.outcome());
        assertEquals(DEADLINE, round.closedAt(), "closed at the deadline, failed at selection");
        assertEquals(DEADLINE.plusSeconds(10), round.endedAt());
        assertTrue(in(NeedStatus.DRAFT).rounds().isEmpty(), "a draft has no round: nobody has seen it");
    }

    @Test
    void deliveryMayBeRejectedAndHandedInAgainBeforeItIsAccepted() {
        Need need = in(NeedStatus.DELIVERED);
        need.deliveryRejected();
        assertEquals(NeedStatus.CONTRACTED, need.status());
        need.delivered();
        need.delivered();
        assertEquals(NeedStatus.DELIVERED, need.status(), "a second deliverable before the owner decides");
        need.accepted();
        assertEquals(NeedStatus.ACCEPTED, need.status());
    }

    @Test
    void onlyADraftIsFreeToChange() {
        in(NeedStatus.DRAFT).requireDraft();
        assertEquals("procurement.not-draft", assertThrows(ConflictException.class, () -> in(NeedStatus.PUBLISHED).requireDraft()).code());
    }

    @Test
    void onlyANeedWhoseBiddingClosedIsSelectedOn() {
        in(NeedStatus.BIDDING_CLOSED).requireSelectable();
        assertEquals("procurement.not-closed", assertThrows(ConflictException.class, () -> in(NeedStatus.PUBLISHED).requireSelectable()).code());
        assertEquals("procurement.not-closed", assertThrows(ConflictException.class, () -> in(NeedStatus.NOTICE).requireSelectable()).code(),
                "an award stands until an objection or a lapsed contract annuls it");
    }
}
