package org.intermarket.procurement.api;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.intermarket.audit.AuditEntry;
import org.intermarket.procurement.Award;
import org.intermarket.procurement.Bid;
import org.intermarket.procurement.LowBidCase;
import org.intermarket.procurement.LowBidRule;
import org.intermarket.procurement.Need;
import org.intermarket.procurement.NeedHistory;
import org.intermarket.procurement.NeedTerms;
import org.intermarket.procurement.NeedView;
import org.intermarket.procurement.Notice;
import org.intermarket.procurement.Project;
import org.intermarket.procurement.Round;
import org.intermarket.shared.MoneyJson;
import org.intermarket.shared.StoredText;
import org.intermarket.shared.api.FileDto;
import org.intermarket.shared.api.ReasonDto;

/** The JSON shapes of the procurement API. */
public final class ProcurementDtos {

    private ProcurementDtos() {
    }

    public record ProjectDto(Long id, String name, String projectCode, String location,
                             @JsonbTypeAdapter(MoneyJson.class)
                             @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal investment,
                             Instant createdAt) {
        static ProjectDto of(Project p) {
            return new ProjectDto(p.id(), p.name(), p.projectCode(), p.location(), p.investment(), p.createdAt());
        }
    }

    public record WeightsDto(int price, int credit, int plan) {
        static WeightsDto of(NeedTerms.Weights w) {
            return w == null ? null : new WeightsDto(w.price(), w.credit(), w.plan());
        }
    }

    /** A need as anyone sees it: {@code bidCount} only after the deadline, {@code drawSeed} likewise. */
    public record NeedDto(Long id, Long projectId, String projectName, String projectCode, String ownerName, String ownerRegion,
                          String itemCode, String scope, int serviceDays,
                          @JsonbTypeAdapter(MoneyJson.class)
                          @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal ceilingPrice,
                          String qualificationRequired, String selectionMethod, WeightsDto weights, String contact, String status,
                          ReasonDto statusReason, int round, Instant bidDeadline, Instant publishedAt, String drawCommitment, String drawSeed,
                          Long bidCount, Instant selectedAt, Instant noticeEndsAt, LowBidRuleDto lowBidRule) {
        static NeedDto of(NeedView v) {
            Need n = v.need();
            return new NeedDto(n.id(), n.project().id(), n.project().name(), n.project().projectCode(), v.ownerName(), v.ownerRegion(),
                    n.itemCode(), n.scope(), n.serviceDays(), n.ceilingPrice(), n.qualificationRequired(), n.method().name(),
                    WeightsDto.of(n.weights()), n.contact(), n.status().name(), ReasonDto.of(n.statusReason()), n.round(), n.bidDeadline(),
                    n.publishedAt(), n.drawCommitment(), v.drawSeed(), v.bidCount(), n.selectedAt(), n.noticeEndsAt(),
                    n.lowBidRule().map(LowBidRuleDto::of).orElse(null));
        }
    }

    /**
     * The abnormally-low-bid rule a round went out on: a bid below {@code meanPercent} % of the mean of the other valid
     * bids, or below {@code ceilingPercent} % of the ceiling, is marked at the close (0 = that test is off); its agency
     * has {@code explainPeriod} (ISO-8601) to explain. Null for a draft or a round published before the rule.
     */
    public record LowBidRuleDto(int meanPercent, int ceilingPercent, String explainPeriod) {
        static LowBidRuleDto of(LowBidRule rule) {
            return rule == null ? null : new LowBidRuleDto(rule.meanPercent(), rule.ceilingPercent(), rule.explainPeriod().toString());
        }
    }

    /**
     * A marked bid's case: the limits it fell below, when its time to explain ends, the explanation's SHA-256 (the text
     * itself only for its agency, the owner and supervisors), and the decision (ACCEPTED, REJECTED, LAPSED, WITHDRAWN).
     */
    public record LowBidDto(Long id, int round, Long bidId, Long agencyId, String agencyName,
                            @JsonbTypeAdapter(MoneyJson.class) @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal price,
                            @JsonbTypeAdapter(MoneyJson.class) @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal meanLimit,
                            @JsonbTypeAdapter(MoneyJson.class) @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal ceilingLimit,
                            Instant markedAt, Instant explainBy, String explanation, String explanationFileName, String explanationSha256,
                            Instant explainedAt, String decision, String decisionReason, Instant decidedAt, Long overturnedByObjection,
                            boolean pending) {
        static LowBidDto of(LowBidCase c) {
            return new LowBidDto(c.id(), c.round(), c.bidId(), c.agencyId(), c.agencyName(), c.price(), c.meanLimit(), c.ceilingLimit(),
                    c.markedAt(), c.explainBy(), c.explanation(), c.explanationFileName(), c.explanationSha256(), c.explainedAt(),
                    c.decision() == null ? null : c.decision().name(), c.decisionReason(), c.decidedAt(), c.overturnedBy(), c.pending());
        }
    }

    public record ExplanationRequest(String text) {
    }

    public record LowBidDecisionRequest(String decision, String reason) {
    }

    public record BidDto(Long id, Long needId, int round, Long agencyId,
                         @JsonbTypeAdapter(MoneyJson.class)
                         @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal price,
                         int serviceDays, String plan, FileDto planFile,
                         String status, boolean confirmed, Instant firstSubmittedAt, Instant submittedAt, BigDecimal planScore,
                         BigDecimal totalScore, ReceiptDto receipt) {
        static BidDto of(Bid b) {
            return new BidDto(b.id(), b.need().id(), b.round(), b.agencyId(), b.price(), b.serviceDays(), b.plan(), FileDto.of(b.planFile()),
                    b.status().name(), b.confirmed(), b.firstSubmittedAt(), b.submittedAt(), b.planScore(), b.totalScore(),
                    b.receiptNo() == null ? null : new ReceiptDto(b.receiptNo(), b.submittedAt(), b.offerSha256()));
        }
    }

    /**
     * One of the caller agency's bids, as {@code GET /bids/mine} lists it: the need's project and item, the deadline,
     * the price, the receipt number and the state the agency understands (OPEN, NEEDS_CONFIRMATION, SEALED, WON, LOST,
     * WITHDRAWN, FORFEITED, FAILED, CANCELLED).
     */
    public record OwnBidDto(Long bidId, Long needId, int round, String projectName, String itemCode, Instant bidDeadline,
                            @JsonbTypeAdapter(MoneyJson.class)
                            @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal price,
                            Long receiptNo, Instant submittedAt, String state) {
        static OwnBidDto of(org.intermarket.procurement.OwnBid b) {
            return new OwnBidDto(b.bidId(), b.needId(), b.round(), b.projectName(), b.itemCode(), b.bidDeadline(), b.price(), b.receiptNo(),
                    b.submittedAt(), b.state().name());
        }
    }

    /**
     * The receipt (回执) of a bid's latest submission: its number (the audit entry that recorded it, whose inclusion
     * proof is {@code GET /api/v1/log/proofs/receipt/{number}}), when the server received it, and the sealed offer's hash.
     */
    public record ReceiptDto(long number, Instant receivedAt, String offerSha256) {
    }

    public record NoticeEntryDto(Long bidId, Long agencyId, String agencyName,
                                 @JsonbTypeAdapter(MoneyJson.class)
                                 @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal price,
                                 Integer serviceDays, BigDecimal planScore, BigDecimal totalScore) {
        static NoticeEntryDto of(Notice.Entry e) {
            return e == null ? null : new NoticeEntryDto(e.bidId(), e.agencyId(), e.agencyName(), e.price(), e.serviceDays(),
                    e.planScore(), e.totalScore());
        }
    }

    public record NoticeDto(Long needId, String method, List<NoticeEntryDto> bids, NoticeEntryDto winner, String drawCommitment,
                            String drawSeed, String drawInput, Instant selectedAt, Instant noticeEndsAt, LowBidRuleDto lowBidRule,
                            List<LowBidDto> lowBids) {
        static NoticeDto of(Notice n) {
            return new NoticeDto(n.needId(), n.method().name(), n.bids().stream().map(NoticeEntryDto::of).toList(),
                    NoticeEntryDto.of(n.winner()), n.drawCommitment(), n.drawSeed(), n.drawInput(), n.selectedAt(), n.noticeEndsAt(),
                    LowBidRuleDto.of(n.lowBidRule()), n.lowBids().stream().map(LowBidDto::of).toList());
        }
    }

    /**
     * An audited event of a need: {@code detail} exactly as the log stores it (its SHA-256 is part of the entry's leaf),
     * and {@code facts}, the same detail as named values (absent for an entry written before details were facts).
     */
    /** A need's past: each round as published and how it ended, each award and how it fell. */
    public record HistoryDto(List<RoundDto> rounds, List<AwardDto> awards) {
        static HistoryDto of(NeedHistory.Record history) {
            return new HistoryDto(history.rounds().stream().map(RoundDto::of).toList(),
                    history.awards().stream().map(a -> AwardDto.of(a, history.agencyName(a))).toList());
        }
    }

    /** A round's terms as published (amendments are on the timeline), its period and its outcome; never its bids. */
    public record RoundDto(int number, String selectionMethod, WeightsDto weights, String scope, int serviceDays,
                           @JsonbTypeAdapter(MoneyJson.class)
                           @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal ceilingPrice,
                           Instant bidDeadline, Instant publishedAt, String drawCommitment, Instant closedAt, String outcome,
                           ReasonDto outcomeReason, Instant endedAt) {
        static RoundDto of(Round r) {
            return new RoundDto(r.number(), r.method().name(), WeightsDto.of(r.terms().weights()), r.terms().scope(), r.terms().serviceDays(),
                    r.terms().ceilingPrice(),
                    r.bidDeadline(), r.publishedAt(), r.drawCommitment(), r.closedAt(), r.outcome().name(), ReasonDto.of(r.outcomeReason()),
                    r.endedAt());
        }
    }

    /** An award: its round, winner and notice; {@code ending} and what goes with it once it fell. */
    public record AwardDto(int round, String selectionMethod, Long bidId, Long agencyId, String agencyName,
                           @JsonbTypeAdapter(MoneyJson.class)
                           @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal price,
                           Instant selectedAt, Instant noticeEndsAt, String ending, Long objectionId, ReasonDto endReason, Instant endedAt) {
        static AwardDto of(Award a, String agencyName) {
            return new AwardDto(a.round(), a.method().name(), a.bidId(), a.agencyId(), agencyName, a.price(), a.selectedAt(), a.noticeEndsAt(),
                    a.ending() == null ? null : a.ending().name(), a.objectionId(), ReasonDto.of(a.endReason()), a.endedAt());
        }
    }

    public record TimelineEntryDto(long seq, Instant at, String actor, String action, String detail, Map<String, String> facts) {
        static TimelineEntryDto of(AuditEntry e) {
            return new TimelineEntryDto(e.seq(), e.recordedAt(), e.actor(), e.action(), e.detail(),
                    StoredText.decode(e.detail()).map(text -> text.facts()).orElse(null));
        }
    }

    public record ObjectionDto(Long id, Long needId, String projectName, Long agencyId, String agencyName, String grounds, String status,
                               Instant createdAt, Instant decidedAt, String decisionReason, Long lowBidId) {
        static ObjectionDto of(org.intermarket.procurement.ObjectionEntry e) {
            return new ObjectionDto(e.id(), e.needId(), e.projectName(), e.agencyId(), e.agencyName(), e.grounds(), e.status().name(),
                    e.createdAt(), e.decidedAt(), e.decisionReason(), e.lowBidId());
        }

        static ObjectionDto of(org.intermarket.procurement.Objection o) {
            return new ObjectionDto(o.id(), o.need().id(), o.need().project().name(), o.agencyId(), null, o.grounds(), o.status().name(),
                    o.createdAt(), o.decidedAt(), o.decisionReason(), o.lowBidId());
        }
    }

    /**
     * An amendment: the owner's reason and what changed, as named values ({@code ceilingBefore}, {@code ceiling},
     * {@code deadlineBefore}, {@code deadline}, {@code daysBefore}, {@code days}, {@code scopeChanged}); an amendment
     * recorded before changes were kept that way has its sentence under {@code summary}.
     */
    public record AmendmentDto(Long id, String reason, Map<String, String> changes, Instant createdAt) {
        static AmendmentDto of(org.intermarket.procurement.Amendment a) {
            return new AmendmentDto(a.id(), a.reason(), StoredText.decode(a.changes()).map(text -> text.facts())
                    .orElseGet(() -> Map.of("summary", a.changes())), a.createdAt());
        }
    }

    public record GroundsRequest(String grounds) {
    }

    public record DecisionRequest(String outcome, String reason) {
    }

    public record ReasonRequest(String reason) {
    }

    public record RepublishRequest(Instant bidDeadline, String selectionMethod, org.intermarket.procurement.NeedForm.WeightsForm weights) {
    }

    public record SelectionRequestDto(Long bidId, Map<Long, BigDecimal> planScores) {
    }
}
