package org.intermarket.procurement;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.intermarket.audit.AuditTrail;
import org.intermarket.inbox.Inbox;
import org.intermarket.inbox.NotificationKind;
import org.intermarket.registry.Agency;
import org.intermarket.settings.SettingKey;
import org.intermarket.settings.SettingsService;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/** Runs the need's selection method over its valid bids and publishes the result notice. */
@Stateless
public class SelectionService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NeedService needs;

    @Inject
    private BidService bids;

    @Inject
    private SettingsService settings;

    @Inject
    private LowBidService lowBids;

    @Inject
    private Inbox inbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @RolesAllowed(Roles.OWNER)
    public Need select(@NotNull Long needId, @NotNull SelectionRequest request) {
        Need need = needs.ownLocked(needId);
        need.requireSelectable();
        LowBidScreening screening = need.screenLowBids(clock.instant());
        for (LowBid lapsed : screening.lapsedNow()) {
            audit.record("LOW_BID_LAPSED", "Need", needId, StoredText.facts("bid", lapsed.bidId(), "agency", lapsed.agencyId(), "explainBy", lapsed.explainBy()));
        }
        List<Bid> valid = bids.valid(need).stream().filter(b -> !screening.excludedBidIds().contains(b.id())).toList();
        if (valid.size() < need.method().minimumBids()) {
            need.fail(StoredText.of("tooFewBids", "bids", valid.size(), "minimum", need.method().minimumBids()).encode(), clock.instant());
            audit.record("NEED_FAILED", "Need", needId, StoredText.facts("round", need.round(), "bids", valid.size()));
            return need;
        }
        List<Bid> ranked = switch (need.method()) {
            case DIRECT -> winnerFirst(valid, chosen(valid, request.bidId()));
            case RANDOM_DRAW -> winnerFirst(valid, byId(valid, RandomDraw.winner(need.drawSeed(), valid.stream().map(Bid::id).toList())));
            case LOWEST_PRICE -> Ranking.byLowestPrice(candidates(valid, Map.of())).stream().map(c -> byId(valid, c.bidId())).toList();
            case COMPREHENSIVE_SCORE -> scored(need, valid, request.planScores());
        };
        Bid winner = ranked.get(0);
        need.award(winner.id(), ranking(ranked), clock.instant(), settings.current().duration(SettingKey.NOTICE_PERIOD));
        Agency agency = em.find(Agency.class, winner.agencyId());
        audit.record("NEED_AWARDED", "Need", needId, StoredText.facts("method", need.method(), "agency", agency.organisation().name(),
                "price", winner.price(), "bids", valid.size(), "noticeUntil", need.noticeEndsAt()));
        String link = "/notice.xhtml?id=" + needId;
        for (Bid bid : valid) {
            inbox.postAbout(need, bid.agencyId(), bid == winner ? NotificationKind.BID_WON : NotificationKind.BID_LOST, link);
        }
        return need;
    }

    /** The notice of the award standing on a need, public. */
    @PermitAll
    public Notice notice(@NotNull Long needId) {
        Need need = em.find(Need.class, needId);
        Award award = need == null ? null : need.standingAward().orElse(null);
        if (award == null) {
            throw new NotFoundException("result notice of need", needId);
        }
        // The bids the selection weighed, as the award recorded them: bidders suspended since then stay on the notice.
        List<AwardRank> ranking = award.ranking();
        Map<Long, String> names = OrganisationNames.of(em, ranking.stream().map(AwardRank::agencyId).toList());
        List<Notice.Entry> entries = ranking.stream()
                .map(r -> new Notice.Entry(r.bidId(), r.agencyId(), names.get(r.agencyId()), r.price(), r.serviceDays(), r.planScore(), r.totalScore()))
                .toList();
        Notice.Entry winner = entries.stream().filter(e -> e.bidId().equals(award.bidId())).findFirst().orElse(null);
        String input = award.method() == SelectionMethod.RANDOM_DRAW
                ? RandomDraw.drawInput(need.drawSeed(), ranking.stream().map(AwardRank::bidId).toList()) : null;
        List<LowBidCase> lowBids = this.lowBids.onNeed(needId).stream().filter(c -> c.round() == award.round()).toList();
        return new Notice(needId, award.method(), entries, winner, need.drawCommitment(), need.drawSeed(), input, award.selectedAt(),
                award.noticeEndsAt(), need.rounds().stream().filter(r -> r.number() == award.round()).map(Round::lowBidRule).filter(java.util.Objects::nonNull).findFirst().orElse(null), lowBids);
    }

    private static Bid chosen(List<Bid> valid, Long bidId) {
        if (bidId == null) {
            throw new InvalidInputException("bidId", "choose one of the valid bids");
        }
        return byId(valid, bidId);
    }

    private static Bid byId(List<Bid> valid, Long bidId) {
        return valid.stream().filter(b -> b.id().equals(bidId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("bidId", "bid " + bidId + " is not a valid bid on this need"));
    }

    /** For the methods that choose one bid rather than order them all: the winner, then the others by price. */
    private static List<Bid> winnerFirst(List<Bid> valid, Bid winner) {
        return Stream.concat(Stream.of(winner), valid.stream().filter(b -> b != winner).sorted(Comparator.comparing(Bid::price).thenComparing(Bid::id)))
                .toList();
    }

    private static List<AwardRank> ranking(List<Bid> ranked) {
        List<AwardRank> ranking = new ArrayList<>();
        for (Bid bid : ranked) {
            ranking.add(AwardRank.of(ranking.size() + 1, bid));
        }
        return ranking;
    }

    private List<Bid> scored(Need need, List<Bid> valid, Map<Long, BigDecimal> planScores) {
        Map<Long, BigDecimal> scores = planScores == null ? Map.of() : planScores;
        for (Bid bid : valid) {
            BigDecimal score = scores.get(bid.id());
            if (score == null || score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
                throw new InvalidInputException("planScores", "give every valid bid a plan score from 0 to 100 (bid " + bid.id() + ")");
            }
        }
        List<Ranking.Scored> ranked = Ranking.byComprehensiveScore(candidates(valid, scores), need.weights());
        for (Ranking.Scored scored : ranked) {
            byId(valid, scored.candidate().bidId()).score(scored.candidate().planScore(), scored.total());
        }
        return ranked.stream().map(scored -> byId(valid, scored.candidate().bidId())).toList();
    }

    private List<Candidate> candidates(List<Bid> valid, Map<Long, BigDecimal> planScores) {
        Map<Long, BigDecimal> credit = new HashMap<>();
        for (Bid bid : valid) {
            credit.put(bid.agencyId(), em.find(Agency.class, bid.agencyId()).creditScore());
        }
        return valid.stream().map(b -> new Candidate(b.id(), b.agencyId(), b.price(), credit.get(b.agencyId()), b.firstSubmittedAt(),
                planScores.get(b.id()) == null ? null : planScores.get(b.id()).setScale(2))).toList();
    }
}
