package org.intermarket.opendata;

import static org.intermarket.opendata.OcdsMapping.date;
import static org.intermarket.opendata.OcdsMapping.endOfDay;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.intermarket.opendata.ProcessFacts.AmendmentFact;
import org.intermarket.opendata.ProcessFacts.BidFact;
import org.intermarket.opendata.ProcessFacts.ContractFact;
import org.intermarket.opendata.ProcessFacts.Event;
import org.intermarket.opendata.ProcessFacts.LowBidFact;
import org.intermarket.opendata.ProcessFacts.Party;
import org.intermarket.procurement.Award;
import org.intermarket.procurement.Need;
import org.intermarket.procurement.NeedStatus;
import org.intermarket.procurement.NeedTerms;
import org.intermarket.procurement.Round;
import org.intermarket.procurement.SelectionMethod;
import org.intermarket.procurement.ServiceTerms;

/**
 * Replays one need's published events in order and makes the release of each: a snapshot of the
 * contracting process as it stood right after that event. The state (tender status, round, whether
 * bidding has closed, awards and contracts with their statuses) comes from the events themselves,
 * so an old release says what was true then; the facts each event refers to come from the need's
 * own history: the n-th publication is the need's n-th {@link Round} (its terms as published), the
 * n-th amendment left the terms its record keeps, the n-th award is the n-th {@link Award} (its
 * winner, even after it fell), the n-th signature the n-th contract.
 *
 * <p>The sealed-bid rule lives here: bidders, their number and the bid statistics of a round
 * appear only in releases from the round's closing event on (BIDDING_CLOSED or NEED_FAILED, both
 * recorded after the deadline); awards, with prices, only after an award.
 */
final class ProcessReplay {

    private static final String COUNTRY = "中国";
    private static final Set<Stage> IMPLEMENTATION = EnumSet.of(Stage.DELIVERED, Stage.DELIVERY_REJECTED, Stage.OVERDUE, Stage.RATED);

    private final ProcessFacts facts;
    private final Need need;
    private final Map<Long, Party> parties;
    private final String ocid;

    private NeedStatus status = NeedStatus.DRAFT;
    private int round;
    private Instant roundStart;
    /** The terms in force at the event replayed last: its round's as published, then as amended. */
    private Terms terms;
    /** When the current round's bidding closed; null while its bids are sealed. */
    private Instant closedAt;
    private final List<AwardState> awards = new ArrayList<>();
    private final List<ContractState> contracts = new ArrayList<>();
    private final List<Ocds.Amendment> amendments = new ArrayList<>();
    private boolean implementing;
    private String previousRelease;

    ProcessReplay(ProcessFacts facts, Map<Long, Party> parties) {
        this.facts = facts;
        this.need = facts.need;
        this.parties = parties;
        this.ocid = OcdsMapping.ocid(need.id());
    }

    /** The releases of the events with these sequence numbers, by sequence number. */
    Map<Long, Ocds.Release> releases(Set<Long> wanted) {
        Map<Long, Ocds.Release> releases = new HashMap<>();
        for (Event event : facts.events) {
            String id = event.stage().releaseId(event.seq());
            List<String> tags = apply(event, id);
            if (wanted.contains(event.seq())) {
                releases.put(event.seq(), snapshot(event, id, tags));
            }
            previousRelease = id;
        }
        return releases;
    }

    /** Moves the state past the event; returns the release's tags. */
    private List<String> apply(Event event, String releaseId) {
        Stage stage = event.stage();
        switch (stage) {
            case PUBLISHED -> {
                round++;
                status = NeedStatus.PUBLISHED;
                Round published = round <= facts.rounds.size() ? facts.rounds.get(round - 1) : null;
                roundStart = published == null ? event.at() : published.publishedAt();
                terms = published == null ? Terms.of(need) : Terms.of(published);
                closedAt = null;
                return List.of(round == 1 ? "tender" : "tenderUpdate");
            }
            case AMENDED -> {
                if (amendments.size() < facts.amendments.size()) {
                    AmendmentFact amendment = facts.amendments.get(amendments.size());
                    amendments.add(new Ocds.Amendment("amendment-" + amendment.id(), date(amendment.at()), amendment.reason(),
                            amendment.changes(), previousRelease, releaseId));
                    terms = terms.amendedBy(amendment);
                }
                return stage.tags();
            }
            case CANCELLED -> status = NeedStatus.CANCELLED;
            case CLOSED -> {
                status = NeedStatus.BIDDING_CLOSED;
                closedAt = event.at();
            }
            case FAILED -> {
                status = NeedStatus.FAILED;
                closedAt = closedAt == null ? event.at() : closedAt;
            }
            case AWARDED -> {
                Award made = awards.size() < facts.awards.size() ? facts.awards.get(awards.size()) : null;
                awards.add(new AwardState("award-" + event.seq(), made == null ? event.at() : made.selectedAt(), made));
                status = NeedStatus.NOTICE;
            }
            case OBJECTION_UPHELD -> {
                AwardState award = lastAward();
                if (status != NeedStatus.NOTICE || award == null || !"pending".equals(award.status)) {
                    return List.of("awardUpdate");
                }
                award.status = "cancelled";
                status = NeedStatus.BIDDING_CLOSED;
            }
            case CONTRACT_SIGNED -> {
                AwardState award = lastAward();
                if (award != null && contracts.size() < facts.contracts.size()) {
                    contracts.add(new ContractState(facts.contracts.get(contracts.size()), award));
                    award.status = "active";
                }
            }
            case CONTRACT_CONFIRMED -> {
                ContractState contract = lastContract();
                if (contract != null) {
                    contract.status = "active";
                    contract.confirmedAt = contract.fact.confirmedAt() == null ? event.at() : contract.fact.confirmedAt();
                }
                status = NeedStatus.CONTRACTED;
            }
            case CONTRACT_LAPSED -> {
                ContractState contract = lastContract();
                if (contract != null) {
                    contract.status = "cancelled";
                    contract.award.status = "cancelled";
                }
                status = NeedStatus.BIDDING_CLOSED;
            }
            case DELIVERED -> status = NeedStatus.DELIVERED;
            case DELIVERY_REJECTED -> status = NeedStatus.CONTRACTED;
            case OVERDUE -> {
                ContractState contract = lastContract();
                if (contract != null) {
                    contract.overdue = true;
                }
            }
            case ACCEPTED -> {
                ContractState contract = lastContract();
                if (contract != null) {
                    contract.status = "terminated";
                    contract.acceptedAt = contract.fact.acceptedAt() == null ? event.at() : contract.fact.acceptedAt();
                }
                status = NeedStatus.ACCEPTED;
            }
            case RATED -> status = NeedStatus.RATED;
        }
        if (IMPLEMENTATION.contains(stage)) {
            List<String> tags = List.of(implementing ? "implementationUpdate" : "implementation");
            implementing = true;
            return tags;
        }
        // Every other stage has one tag, but a lapsed contract has two (award and contract both fall).
        return stage == Stage.OBJECTION_UPHELD ? List.of("awardCancellation") : stage.tags();
    }

    private Ocds.Release snapshot(Event event, String id, List<String> tags) {
        Roles roles = new Roles();
        Party owner = parties.get(need.project().ownerOrganisationId());
        Ocds.OrganizationReference buyer = roles.add(owner, "buyer", "procuringEntity");

        boolean unsealed = closedAt != null;
        List<BidFact> standing = unsealed ? facts.bids.stream().filter(b -> b.round() == round).toList() : List.of();
        List<Ocds.OrganizationReference> tenderers = new ArrayList<>();
        standing.stream().map(BidFact::agencyId).distinct().forEach(agency -> tenderers.add(roles.add(parties.get(agency), "tenderer")));

        List<Ocds.Award> publishedAwards = awards.stream().map(award -> award.toOcds(roles, event.at())).toList();
        // The offices that had decided on the need by this event (an objection's outcome, ...): each decision names its
        // office, listed after the market's parties.
        facts.decisions.stream().filter(d -> d.seq() <= event.seq()).map(d -> parties.get(d.officeId())).filter(Objects::nonNull)
                .forEach(office -> roles.add(office, "reviewBody"));
        List<Ocds.Contract> publishedContracts = contracts.stream().map(ContractState::toOcds).toList();
        Ocds.Bids bids = unsealed ? new Ocds.Bids(statistics(standing.size(), event.at())) : null;
        return new Ocds.Release(ocid, id, date(event.at()), tags, "tender", OcdsMapping.LANGUAGE, roles.parties(), buyer,
                tender(buyer, unsealed ? standing.size() : null, tenderers), bids, emptyAsNull(publishedAwards), emptyAsNull(publishedContracts));
    }

    private Ocds.Tender tender(Ocds.OrganizationReference procuringEntity, Integer numberOfTenderers, List<Ocds.OrganizationReference> tenderers) {
        String item = facts.itemName == null ? need.itemCode() : facts.itemName;
        // The round's own publication time and deadline, as that round had them at this event.
        return new Ocds.Tender(ocid, item + "（" + need.project().name() + "）", terms.scope(), OcdsMapping.tenderStatus(status),
                procuringEntity, List.of(new Ocds.Item("1", item, new Ocds.Classification(OcdsMapping.ITEM_SCHEME, need.itemCode(), item), 1)),
                value(terms.ceiling()), OcdsMapping.procurementMethod(terms.method()), OcdsMapping.methodDetails(terms.method()),
                OcdsMapping.awardCriteria(terms.method()), awardCriteriaDetails(), OcdsMapping.CATEGORY,
                terms.qualification() == null ? null : "须持有有效的" + terms.qualification(),
                new Ocds.Period(date(roundStart), date(terms.deadline()), null), new Ocds.Period(null, null, terms.serviceDays()),
                numberOfTenderers, emptyAsNull(tenderers), emptyAsNull(List.copyOf(amendments)));
    }

    private String awardCriteriaDetails() {
        return switch (terms.method()) {
            case DIRECT -> "业主在有效报价中直接选定中选机构";
            case RANDOM_DRAW -> "在有效报价中随机抽取；发布时公开种子的 SHA-256 承诺，截止后公开种子，任何人可复算";
            case LOWEST_PRICE -> "有效报价中价格最低者中选；同价时信用分高者优先，再按首次报价先后";
            case COMPREHENSIVE_SCORE -> {
                NeedTerms.Weights w = terms.weights();
                yield w == null ? "综合评分" : "综合评分：价格 " + w.price() + "%，信用 " + w.credit() + "%，服务方案 " + w.plan() + "%";
            }
        };
    }

    /**
     * The round's bid statistics at {@code at}: the bids, and, for a round published with an abnormally-low-bid rule,
     * how many it marked and how many of those were out of the selection by then (rejected, lapsed, withdrawn).
     */
    private List<Ocds.Statistic> statistics(int standing, Instant at) {
        List<Ocds.Statistic> statistics = new ArrayList<>(List.of(new Ocds.Statistic("bids", "bids", date(closedAt), standing)));
        List<LowBidFact> marked = lowBidsOf(round, at);
        if (!marked.isEmpty()) {
            statistics.add(new Ocds.Statistic("abnormally-low", "abnormallyLowBids", date(closedAt), marked.size()));
            statistics.add(new Ocds.Statistic("abnormally-low-excluded", "abnormallyLowBidsExcluded", date(at),
                    marked.stream().filter(m -> m.excludedAt(at)).count()));
        }
        return statistics;
    }

    /** The marks of round {@code number} made by {@code at}. */
    private List<LowBidFact> lowBidsOf(int number, Instant at) {
        return facts.lowBids.stream().filter(m -> m.round() == number && !m.markedAt().isAfter(at)).toList();
    }

    /** An abnormally low bid's case as it stood at {@code at}, as a document of the award its round led to. */
    private static Ocds.Document document(LowBidFact mark, Instant at) {
        StringBuilder description = new StringBuilder("报价 ").append(mark.bidId()).append("（").append(mark.price().toPlainString())
                .append(" 元）低于");
        if (mark.meanLimit() != null) {
            description.append("其他有效报价平均值界限 ").append(mark.meanLimit().toPlainString()).append(" 元 ");
        }
        if (mark.ceilingLimit() != null) {
            description.append("限价界限 ").append(mark.ceilingLimit().toPlainString()).append(" 元");
        }
        description.append("，被标为异常低价。");
        if (mark.explainedAt() != null && !mark.explainedAt().isAfter(at)) {
            description.append("书面说明 SHA-256：").append(mark.explanationSha256()).append("。");
        }
        if (mark.decidedAt() != null && !mark.decidedAt().isAfter(at)) {
            description.append("结论：").append(mark.decision().name());
            if (mark.reason() != null) {
                description.append("，理由：").append(mark.reason());
            }
            description.append("。");
        }
        if (mark.overturnedAt() != null && !mark.overturnedAt().isAfter(at)) {
            description.append("异议 ").append(mark.overturnedBy()).append(" 成立，恢复参加选取。");
        }
        return new Ocds.Document("abnormally-low-bid-" + mark.id(), "evaluationReports", "异常低价报价的说明与结论", description.toString(),
                date(mark.markedAt()), OcdsMapping.LANGUAGE);
    }

    private AwardState lastAward() {
        return awards.isEmpty() ? null : awards.get(awards.size() - 1);
    }

    private ContractState lastContract() {
        return contracts.isEmpty() ? null : contracts.get(contracts.size() - 1);
    }

    private static Ocds.Value value(BigDecimal amount) {
        return amount == null ? null : new Ocds.Value(amount, OcdsMapping.CURRENCY);
    }

    private static <T> List<T> emptyAsNull(List<T> list) {
        return list.isEmpty() ? null : list;
    }

    /**
     * The terms of a round as they stood at some event: as published, then as each amendment left them. An
     * amendment made before amendments kept their terms leaves the terms it cannot name as they were.
     */
    private record Terms(SelectionMethod method, NeedTerms.Weights weights, String scope, int serviceDays, BigDecimal ceiling,
                         String qualification, Instant deadline) {

        static Terms of(Round round) {
            return of(round.terms(), round.bidDeadline());
        }

        /** For a need published before its rounds were kept and never given one: its present terms, the best known. */
        static Terms of(Need need) {
            return of(need.terms(), need.bidDeadline());
        }

        private static Terms of(ServiceTerms terms, Instant deadline) {
            return new Terms(terms.method(), terms.weights(), terms.scope(), terms.serviceDays(), terms.ceilingPrice(),
                    terms.qualificationRequired(), deadline);
        }

        Terms amendedBy(AmendmentFact amendment) {
            return new Terms(method, weights, amendment.scope() == null ? scope : amendment.scope(),
                    amendment.serviceDays() == null ? serviceDays : amendment.serviceDays(),
                    amendment.ceiling() == null ? ceiling : amendment.ceiling(), qualification,
                    amendment.deadline() == null ? deadline : amendment.deadline());
        }
    }

    /** An award as the replay has it so far; its winner from the need's record of that award. */
    private final class AwardState {
        final String id;
        final Instant date;
        final Award award;
        String status = "pending";

        AwardState(String id, Instant date, Award award) {
            this.id = id;
            this.date = date;
            this.award = award;
        }

        Ocds.Award toOcds(Roles roles, Instant at) {
            Party supplier = award == null || award.agencyId() == null ? null : parties.get(award.agencyId());
            List<Ocds.OrganizationReference> suppliers = supplier == null ? null : List.of(roles.add(supplier, "supplier"));
            // The cases of the award's round as the public record had them at this release.
            List<Ocds.Document> documents = award == null ? List.of() : lowBidsOf(award.round(), at).stream().map(m -> document(m, at)).toList();
            return new Ocds.Award(id, status, date(date), award == null ? null : value(award.price()), suppliers, emptyAsNull(documents));
        }
    }

    /** A contract as the replay has it so far. */
    private static final class ContractState {
        final ContractFact fact;
        final AwardState award;
        String status = "pending";
        Instant confirmedAt;
        Instant acceptedAt;
        boolean overdue;

        ContractState(ContractFact fact, AwardState award) {
            this.fact = fact;
            this.award = award;
        }

        Ocds.Contract toOcds() {
            Ocds.Period period = null;
            Ocds.Implementation implementation = null;
            if (confirmedAt != null) {
                period = new Ocds.Period(date(confirmedAt), endOfDay(fact.dueDate()), fact.serviceDays());
                String milestone = acceptedAt != null ? "met" : overdue ? "notMet" : "scheduled";
                implementation = new Ocds.Implementation(List.of(new Ocds.Milestone("delivery", "提交服务成果并通过验收", "delivery",
                        endOfDay(fact.dueDate()), date(acceptedAt), milestone)));
            }
            return new Ocds.Contract("contract-" + fact.id(), award.id, status, value(fact.price()), date(confirmedAt), period, implementation);
        }
    }

    /** The parties of one release and their roles, each organisation once. */
    private static final class Roles {
        private static final List<String> ORDER = List.of("buyer", "procuringEntity", "tenderer", "supplier", "reviewBody");
        private final Map<Long, Party> parties = new LinkedHashMap<>();
        private final Map<Long, Set<String>> roles = new HashMap<>();

        Ocds.OrganizationReference add(Party party, String... partyRoles) {
            parties.putIfAbsent(party.id(), party);
            roles.computeIfAbsent(party.id(), id -> new HashSet<>()).addAll(List.of(partyRoles));
            return new Ocds.OrganizationReference(partyId(party), party.name());
        }

        List<Ocds.Organization> parties() {
            return parties.values().stream().map(party -> new Ocds.Organization(partyId(party), party.name(),
                    new Ocds.Identifier(OcdsMapping.PARTY_SCHEME, party.creditCode(), party.name()), new Ocds.Address(party.region(), COUNTRY),
                    ORDER.stream().filter(roles.get(party.id())::contains).toList())).toList();
        }

        private static String partyId(Party party) {
            return OcdsMapping.PARTY_SCHEME + "-" + party.creditCode();
        }
    }
}
