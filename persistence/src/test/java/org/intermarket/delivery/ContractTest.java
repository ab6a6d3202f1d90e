package org.intermarket.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.intermarket.procurement.AwardEnding;
import org.intermarket.procurement.AwardRank;
import org.intermarket.procurement.Bid;
import org.intermarket.procurement.Need;
import org.intermarket.procurement.NeedStatus;
import org.intermarket.procurement.NeedTerms;
import org.intermarket.procurement.Project;
import org.intermarket.procurement.SelectionMethod;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.StoredText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ContractTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static final Instant DEADLINE = NOW.plus(DAY.multipliedBy(3));
    private static final Instant SIGNED = DEADLINE.plus(DAY.multipliedBy(4));
    private static final Instant CONFIRM_BY = SIGNED.plus(DAY.multipliedBy(5));
    /** 01:00 on 28 November in Beijing, still 27 November in UTC: the due date counts from the market's day. */
    private static final Instant CONFIRMED = Instant.parse("2026-11-27T17:00:00Z");
    private static final StoredText UNCONFIRMED = StoredText.of("unconfirmed", "confirmBy", CONFIRM_BY);

    /** The stage a need stands at while its contract is in each state. */
    private static final Map<ContractStatus, NeedStatus> STAGE = Map.of(ContractStatus.AWAITING_CONFIRMATION, NeedStatus.NOTICE,
            ContractStatus.IN_SERVICE, NeedStatus.CONTRACTED, ContractStatus.DELIVERED, NeedStatus.DELIVERED,
            ContractStatus.ACCEPTED, NeedStatus.ACCEPTED, ContractStatus.RATED, NeedStatus.RATED,
            ContractStatus.LAPSED, NeedStatus.BIDDING_CLOSED);

    /** A DIRECT need awarded to a bid of 900.00 over 20 days, its notice over, and the contract the owner signed for it. */
    private static Contract signed() {
        Project project = new Project(1L, "p", "2026-330100-48-01-000001", "杭州", new BigDecimal("1.00"), NOW);
        Need need = Need.draft(project, new NeedTerms("ZJFW-003", "scope", 30, new BigDecimal("1000.00"), null, SelectionMethod.DIRECT,
                null, DEADLINE, "c"), NOW);
        need.publish(NOW, DAY.multipliedBy(3), null, null, null);
        Bid winner = new Bid(need, 42L, new Bid.Offer(new BigDecimal("900.00"), 20, "plan"), null, NOW.plusSeconds(60));
        need.close(1, DEADLINE);
        need.award(7L, List.of(new AwardRank(1, 7L, 70L, new BigDecimal("900.00"), 10, null, null)), DEADLINE.plusSeconds(10), DAY.multipliedBy(3));
        return new Contract(need, winner, SIGNED, CONFIRM_BY);
    }

    /** A contract brought to {@code state} through its own transitions, its need following. */
    static Contract in(ContractStatus state) {
        Contract contract = signed();
        if (state == ContractStatus.AWAITING_CONFIRMATION) {
            return contract;
        }
        if (state == ContractStatus.LAPSED) {
            contract.lapse(UNCONFIRMED, DEADLINE.plusSeconds(30));
            return contract;
        }
        contract.confirm(CONFIRMED, ZONE);
        if (state == ContractStatus.IN_SERVICE) {
            return contract;
        }
        contract.deliver(CONFIRMED.plus(DAY.multipliedBy(10)));
        if (state == ContractStatus.DELIVERED) {
            return contract;
        }
        contract.accept(CONFIRMED.plus(DAY.multipliedBy(12)), DAY.multipliedBy(15));
        if (state == ContractStatus.ACCEPTED) {
            return contract;
        }
        contract.rated();
        return contract;
    }

    /** One transition of a contract: where it may start, where it leads, and the code it is refused with anywhere else. */
    enum Transition {
        CONFIRM(c -> c.confirm(CONFIRMED, ZONE), ContractStatus.IN_SERVICE, "delivery.not-awaiting-confirmation",
                ContractStatus.AWAITING_CONFIRMATION),
        LAPSE(c -> c.lapse(UNCONFIRMED, DEADLINE.plusSeconds(30)), ContractStatus.LAPSED, "delivery.not-awaiting-confirmation", ContractStatus.AWAITING_CONFIRMATION),
        DELIVER(c -> c.deliver(CONFIRMED.plus(DAY.multipliedBy(11))), ContractStatus.DELIVERED, "delivery.not-in-service",
                ContractStatus.IN_SERVICE, ContractStatus.DELIVERED),
        ACCEPT(c -> c.accept(CONFIRMED.plus(DAY.multipliedBy(13)), DAY.multipliedBy(15)), ContractStatus.ACCEPTED, "delivery.not-delivered",
                ContractStatus.DELIVERED),
        REJECT(c -> c.reject("incomplete"), ContractStatus.IN_SERVICE, "delivery.not-delivered", ContractStatus.DELIVERED),
        RATE(Contract::rated, ContractStatus.RATED, "delivery.not-accepted", ContractStatus.ACCEPTED);

        final Consumer<Contract> move;
        final ContractStatus to;
        final String refusal;
        final Set<ContractStatus> from;

        Transition(Consumer<Contract> move, ContractStatus to, String refusal, ContractStatus... from) {
            this.move = move;
            this.to = to;
            this.refusal = refusal;
            this.from = EnumSet.copyOf(Arrays.asList(from));
        }
    }

    static Stream<Arguments> everyTransitionFromEveryState() {
        return Stream.of(Transition.values()).flatMap(t -> Stream.of(ContractStatus.values()).map(state -> Arguments.of(t, state)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyTransitionFromEveryState")
    void aTransitionLeadsOnFromItsStartingStatesAndTakesTheNeedAlong(Transition transition, ContractStatus from) {
        Contract contract = in(from);
        assertEquals(STAGE.get(from), contract.need().status(), "the need stands where its contract does");
        if (transition.from.contains(from)) {
            transition.move.accept(contract);
            assertEquals(transition.to, contract.status());
            assertEquals(STAGE.get(transition.to), contract.need().status());
        } else {
            ConflictException refused = assertThrows(ConflictException.class, () -> transition.move.accept(contract));
            assertEquals(transition.refusal, refused.code());
            assertEquals(from, contract.status(), "a refused transition leaves the contract where it was");
            assertEquals(STAGE.get(from), contract.need().status(), "and its need");
        }
    }

    @Test
    void aSignedContractIsAtTheWinningPriceAndWaitsForTheWinner() {
        Contract contract = signed();
        assertEquals(ContractStatus.AWAITING_CONFIRMATION, contract.status());
        assertEquals(new BigDecimal("900.00"), contract.price());
        assertEquals(20, contract.serviceDays());
        assertEquals(1L, contract.ownerOrganisationId());
        assertEquals(42L, contract.agencyId());
        assertTrue(contract.isParty(42L) && contract.isParty(1L) && !contract.isParty(5L));
    }

    @Test
    void theServiceTimeLimitRunsFromTheDayOfConfirmationInTheMarketsZone() {
        Contract contract = in(ContractStatus.IN_SERVICE);
        assertEquals(CONFIRMED, contract.confirmedAt());
        assertEquals(LocalDate.of(2026, 11, 28).plusDays(20), contract.dueDate());
    }

    @Test
    void theWinnerConfirmsUpToTheEndOfTheSigningPeriodAndNotAfter() {
        Contract inTime = signed();
        inTime.confirm(CONFIRM_BY, ZONE);
        assertEquals(ContractStatus.IN_SERVICE, inTime.status());

        Contract late = signed();
        ConflictException refused = assertThrows(ConflictException.class, () -> late.confirm(CONFIRM_BY.plusMillis(1), ZONE));
        assertEquals("delivery.signing-period-over", refused.code());
        assertEquals(ContractStatus.AWAITING_CONFIRMATION, late.status());
        assertEquals(NeedStatus.NOTICE, late.need().status());
    }

    @Test
    void aLapsedContractSendsTheNeedBackToSelectionWithTheReason() {
        Contract contract = in(ContractStatus.LAPSED);
        assertEquals(UNCONFIRMED.encode(), contract.statusReason());
        Need need = contract.need();
        assertNull(need.winningBidId());
        assertEquals("contractLapsed", StoredText.decode(need.statusReason()).orElseThrow().code());
        assertEquals(StoredText.decode(UNCONFIRMED.encode()).orElseThrow().facts().get("confirmBy"),
                StoredText.decode(need.statusReason()).orElseThrow().facts().get("confirmBy"), "the need keeps why its contract lapsed");
    }

    @Test
    void aRejectionSendsTheWorkBackWithoutMovingTheDueDate() {
        Contract contract = in(ContractStatus.DELIVERED);
        LocalDate due = contract.dueDate();
        contract.reject("incomplete");
        assertEquals(ContractStatus.IN_SERVICE, contract.status());
        assertEquals("incomplete", contract.statusReason());
        assertEquals(due, contract.dueDate());
        contract.deliver(CONFIRMED.plus(DAY.multipliedBy(14)));
        contract.accept(CONFIRMED.plus(DAY.multipliedBy(15)), DAY.multipliedBy(15));
        assertNull(contract.statusReason(), "accepted, the rejection is history");
        assertEquals(CONFIRMED.plus(DAY.multipliedBy(30)), contract.ratingDue());
        assertEquals(NeedStatus.ACCEPTED, contract.need().status());
    }

    @Test
    void aNeedOutOfStepRefusesAndTheContractStaysAsItWas() {
        Contract contract = signed();
        // An award annulled under a waiting contract: the need no longer follows this contract.
        contract.need().annulAward(AwardEnding.ANNULLED_BY_OBJECTION, 5L, "upheld", DEADLINE.plusSeconds(20));
        ConflictException refused = assertThrows(ConflictException.class, () -> contract.confirm(CONFIRMED, ZONE));
        assertEquals("procurement.out-of-step", refused.code());
        assertEquals(ContractStatus.AWAITING_CONFIRMATION, contract.status());
        assertNull(contract.confirmedAt());
        assertNull(contract.dueDate());
    }

    @Test
    void anUndeliveredContractPastItsDueDateIsFlaggedOnce() {
        Contract contract = in(ContractStatus.IN_SERVICE);
        LocalDate due = contract.dueDate();
        assertFalse(contract.flagOverdue(due), "due today is not yet overdue");
        assertTrue(contract.flagOverdue(due.plusDays(1)));
        assertFalse(contract.flagOverdue(due.plusDays(2)), "one violation per contract");
        assertEquals(due.plusDays(1), contract.overdueSince());
    }

    @ParameterizedTest
    @EnumSource(value = ContractStatus.class, names = "IN_SERVICE", mode = EnumSource.Mode.EXCLUDE)
    void onlyAContractInServiceCanBeOverdue(ContractStatus state) {
        Contract contract = in(state);
        assertFalse(contract.flagOverdue(LocalDate.of(2030, 1, 1)));
        assertNull(contract.overdueSince());
    }
}
