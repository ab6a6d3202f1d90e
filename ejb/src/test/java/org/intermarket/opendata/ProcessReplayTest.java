package org.intermarket.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.intermarket.opendata.ProcessFacts.AmendmentFact;
import org.intermarket.opendata.ProcessFacts.BidFact;
import org.intermarket.opendata.ProcessFacts.Event;
import org.intermarket.opendata.ProcessFacts.Party;
import org.intermarket.procurement.Amendment;
import org.intermarket.procurement.AwardEnding;
import org.intermarket.procurement.AwardRank;
import org.intermarket.procurement.Need;
import org.intermarket.procurement.NeedTerms;
import org.intermarket.procurement.Project;
import org.intermarket.procurement.SelectionMethod;
import org.intermarket.shared.StoredText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The replay, state by state, on a need taken through its own transitions as the market takes it: amended in its
 * first round, failed twice, republished twice (the third time by direct selection), awarded, annulled by an upheld
 * objection and awarded again. Each release must show the process as it was at its event.
 */
class ProcessReplayTest {

    private static final Instant START = Instant.parse("2026-11-02T01:00:00Z");
    private static final Duration DAYS_3 = Duration.ofDays(3);
    private static final Instant FIRST_DEADLINE = START.plus(DAYS_3);
    private static final Instant SECOND_DEADLINE = FIRST_DEADLINE.plus(Duration.ofDays(5));
    private static final Instant THIRD_DEADLINE = SECOND_DEADLINE.plus(Duration.ofDays(5));
    private static final long OWNER = 1;
    private static final long FIRST = 70;
    private static final long SECOND = 71;

    private Need need;
    private ProcessFacts facts;
    private long seq;

    @BeforeEach
    void aNeedWithThreeRounds() throws ReflectiveOperationException {
        Project project = new Project(OWNER, "城北再生水厂工程", "2026-330100-48-01-777001", "杭州", new BigDecimal("38000000.00"), START);
        need = Need.draft(project, new NeedTerms("ZJFW-003", "编制环境影响报告表", 30, new BigDecimal("90000.00"), null,
                SelectionMethod.LOWEST_PRICE, null, FIRST_DEADLINE, "0571"), START);
        Field id = Need.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(need, 17L);
        facts = new ProcessFacts(need);
        facts.itemName = "环境影响评价";

        need.publish(START, DAYS_3, null, null, null);
        event(START, Stage.PUBLISHED);
        Instant amendedAt = START.plus(Duration.ofHours(1));
        StoredText changes = need.amend("编制环境影响报告表（含噪声专项）", 35, new BigDecimal("95000.00"), null, amendedAt, Duration.ofDays(2));
        Amendment amendment = new Amendment(need, "增加噪声专项评价", changes.encode(), amendedAt);
        facts.amendments.add(new AmendmentFact(1, amendment.reason(), amendment.changes(), amendedAt, amendment.scope(), amendment.serviceDays(),
                amendment.ceilingPrice(), amendment.bidDeadline()));
        event(amendedAt, Stage.AMENDED);
        need.close(0, FIRST_DEADLINE);
        event(FIRST_DEADLINE, Stage.FAILED);

        need.prepareRepublish(SECOND_DEADLINE, null, null);
        need.publish(SECOND_DEADLINE.minus(DAYS_3), DAYS_3, null, null, null);
        event(SECOND_DEADLINE.minus(DAYS_3), Stage.PUBLISHED);
        need.close(0, SECOND_DEADLINE);
        event(SECOND_DEADLINE, Stage.FAILED);

        need.prepareRepublish(THIRD_DEADLINE, SelectionMethod.DIRECT, null);
        need.publish(THIRD_DEADLINE.minus(DAYS_3), DAYS_3, null, null, null);
        event(THIRD_DEADLINE.minus(DAYS_3), Stage.PUBLISHED);
        facts.bids.add(new BidFact(100, 3, FIRST, new BigDecimal("40000.00")));
        facts.bids.add(new BidFact(101, 3, SECOND, new BigDecimal("45000.00")));
        need.close(2, THIRD_DEADLINE);
        event(THIRD_DEADLINE, Stage.CLOSED);

        List<AwardRank> ranking = List.of(new AwardRank(1, 100L, FIRST, new BigDecimal("40000.00"), 30, null, null),
                new AwardRank(2, 101L, SECOND, new BigDecimal("45000.00"), 30, null, null));
        need.award(100L, ranking, THIRD_DEADLINE.plus(Duration.ofHours(1)), DAYS_3);
        event(THIRD_DEADLINE.plus(Duration.ofHours(1)), Stage.AWARDED);
        need.annulAward(AwardEnding.ANNULLED_BY_OBJECTION, 5L, "upheld", THIRD_DEADLINE.plus(Duration.ofHours(2)));
        event(THIRD_DEADLINE.plus(Duration.ofHours(2)), Stage.OBJECTION_UPHELD);
        need.award(101L, List.of(ranking.get(1)), THIRD_DEADLINE.plus(Duration.ofHours(3)), DAYS_3);
        event(THIRD_DEADLINE.plus(Duration.ofHours(3)), Stage.AWARDED);

        facts.rounds.addAll(need.rounds());
        facts.awards.addAll(need.awards());
    }

    @Test
    void eachReleaseShowsTheTermsOfItsRoundAsTheyWereThen() {
        List<Ocds.Release> releases = replay();
        assertEquals(List.of(List.of("tender"), List.of("tenderAmendment"), List.of("tenderUpdate"), List.of("tenderUpdate"),
                List.of("tenderUpdate"), List.of("tenderUpdate"), List.of("tenderUpdate"), List.of("award"), List.of("awardCancellation"),
                List.of("award")), releases.stream().map(Ocds.Release::tag).toList());
        assertTerms(releases.get(0), "90000.00", 30, "编制环境影响报告表", FIRST_DEADLINE);
        assertTerms(releases.get(1), "95000.00", 35, "编制环境影响报告表（含噪声专项）", FIRST_DEADLINE);
        assertTerms(releases.get(2), "95000.00", 35, "编制环境影响报告表（含噪声专项）", FIRST_DEADLINE);
        assertEquals("unsuccessful", releases.get(2).tender().status());
        assertTerms(releases.get(3), "95000.00", 35, "编制环境影响报告表（含噪声专项）", SECOND_DEADLINE);
        assertEquals("active", releases.get(3).tender().status(), "the second round is open again");
        assertEquals(OcdsMapping.date(SECOND_DEADLINE.minus(DAYS_3)), releases.get(3).tender().tenderPeriod().startDate());
        assertTerms(releases.get(5), "95000.00", 35, "编制环境影响报告表（含噪声专项）", THIRD_DEADLINE);
        assertEquals("priceOnly", releases.get(3).tender().awardCriteria());
        assertNull(releases.get(5).tender().awardCriteria(), "the third round is a direct selection");
        assertEquals(1, releases.get(1).tender().amendments().size(), "the amendment stays on the record of later releases");
    }

    @Test
    void bidsOfARoundAppearOnlyFromItsClosingAndOnlyThatRoundsBids() {
        List<Ocds.Release> releases = replay();
        assertNull(releases.get(0).tender().numberOfTenderers(), "sealed while open");
        assertNull(releases.get(5).tender().tenderers(), "the third round's bids are sealed until it closes");
        assertEquals(0, releases.get(2).tender().numberOfTenderers(), "the first round failed without bids");
        assertEquals(2, releases.get(6).tender().numberOfTenderers());
        assertEquals(2, releases.get(6).bids().statistics().get(0).value());
        assertNull(releases.get(6).awards());
    }

    @Test
    void anAnnulledAwardStaysPublishedWithItsSupplierAndTheNextOneFollowsIt() {
        List<Ocds.Release> releases = replay();
        Ocds.Award first = releases.get(7).awards().get(0);
        assertEquals("pending", first.status());
        assertEquals(OcdsMapping.date(THIRD_DEADLINE.plus(Duration.ofHours(1))), first.date());
        assertEquals("万维测绘", first.suppliers().get(0).name());
        assertEquals(0, new BigDecimal("40000.00").compareTo(first.value().amount()));

        Ocds.Award annulled = releases.get(8).awards().get(0);
        assertEquals("cancelled", annulled.status());
        assertEquals("万维测绘", annulled.suppliers().get(0).name(), "the annulled award still names its winner");
        assertEquals(first.id(), annulled.id());

        List<Ocds.Award> both = releases.get(9).awards();
        assertEquals(List.of("cancelled", "pending"), both.stream().map(Ocds.Award::status).toList());
        assertEquals("远景环评", both.get(1).suppliers().get(0).name());
        assertFalse(both.get(0).id().equals(both.get(1).id()));
        assertEquals(List.of("buyer", "procuringEntity"), releases.get(9).parties().get(0).roles());
        assertTrue(releases.get(9).parties().stream().skip(1).allMatch(p -> p.roles().equals(List.of("tenderer", "supplier"))),
                "each winner once, as tenderer and supplier");
    }

    private void event(Instant at, Stage stage) {
        facts.events.add(new Event(++seq, at, stage));
    }

    private List<Ocds.Release> replay() {
        Map<Long, Party> parties = Map.of(OWNER, new Party(OWNER, "杭州市城市建设投资集团有限公司", "91330100MA2B000001", "杭州市"),
                FIRST, new Party(FIRST, "万维测绘", "91330100MA2B000002", "杭州市"),
                SECOND, new Party(SECOND, "远景环评", "91320100MA2B000003", "南京市"));
        Set<Long> all = new HashSet<>();
        facts.events.forEach(e -> all.add(e.seq()));
        return List.copyOf(new TreeMap<>(new ProcessReplay(facts, parties).releases(all)).values());
    }

    private static void assertTerms(Ocds.Release release, String ceiling, int days, String scope, Instant deadline) {
        assertEquals(0, new BigDecimal(ceiling).compareTo(release.tender().value().amount()), release.id());
        assertEquals(days, release.tender().contractPeriod().durationInDays(), release.id());
        assertEquals(scope, release.tender().description(), release.id());
        assertEquals(OcdsMapping.date(deadline), release.tender().tenderPeriod().endDate(), release.id());
    }
}
