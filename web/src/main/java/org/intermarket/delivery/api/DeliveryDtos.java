package org.intermarket.delivery.api;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.intermarket.delivery.Contract;
import org.intermarket.delivery.ContractEntry;
import org.intermarket.delivery.ContractView;
import org.intermarket.delivery.Deliverable;
import org.intermarket.delivery.Rating;
import org.intermarket.delivery.Rectification;
import org.intermarket.delivery.RectificationEntry;
import org.intermarket.shared.MoneyJson;
import org.intermarket.shared.api.FileDto;
import org.intermarket.shared.api.ReasonDto;

/** The JSON shapes of the delivery context. */
public final class DeliveryDtos {

    private DeliveryDtos() {
    }

    public record ContractDto(Long id, Long needId, Long bidId, Long ownerId, Long agencyId,
                              @JsonbTypeAdapter(MoneyJson.class)
                              @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal price,
                              int serviceDays, String status, Instant signedAt, Instant confirmBy, Instant confirmedAt, LocalDate dueDate,
                              LocalDate overdueSince, Instant deliveredAt, Instant acceptedAt, Instant ratingDue, ReasonDto statusReason) {
        static ContractDto of(Contract c) {
            return new ContractDto(c.id(), c.need().id(), c.bidId(), c.ownerOrganisationId(), c.agencyId(), c.price(), c.serviceDays(),
                    c.status().name(), c.signedAt(), c.confirmBy(), c.confirmedAt(), c.dueDate(), c.overdueSince(), c.deliveredAt(),
                    c.acceptedAt(), c.ratingDue(), ReasonDto.of(c.statusReason()));
        }
    }

    public record DeliverableDto(Long id, FileDto file, String status, Instant submittedAt, Instant decidedAt, String decisionReason) {
        static DeliverableDto of(Deliverable d) {
            return new DeliverableDto(d.id(), FileDto.of(d.file()), d.status().name(), d.submittedAt(), d.decidedAt(), d.decisionReason());
        }
    }

    public record RatingDto(Long id, int quality, int timeliness, int attitude, int fee, String comment, boolean defaultRating, Instant ratedAt) {
        static RatingDto of(Rating r) {
            return r == null ? null : new RatingDto(r.id(), r.scores().quality(), r.scores().timeliness(), r.scores().attitude(),
                    r.scores().fee(), r.comment(), r.defaultRating(), r.ratedAt());
        }
    }

    public record RectificationDto(Long id, Long ratingId, String status, Instant openedAt, Instant answerDue, String answer, Instant answeredAt,
                            String closingNote, Instant closedAt) {
        static RectificationDto of(Rectification x) {
            return x == null ? null : new RectificationDto(x.id(), x.rating().id(), x.status().name(), x.openedAt(), x.answerDue(), x.answer(),
                    x.answeredAt(), x.closingNote(), x.closedAt());
        }
    }

    public record ContractDetailDto(ContractDto contract, String projectName, String itemCode, String ownerName, String agencyName,
                             List<DeliverableDto> deliverables, RatingDto rating, RectificationDto rectification) {
        static ContractDetailDto of(ContractView v) {
            return new ContractDetailDto(ContractDto.of(v.contract()), v.projectName(), v.itemCode(), v.ownerName(), v.agencyName(),
                    v.deliverables().stream().map(DeliverableDto::of).toList(), RatingDto.of(v.rating()), RectificationDto.of(v.rectification()));
        }
    }

    public record ContractEntryDto(Long id, Long needId, String projectName, String itemCode, String ownerName, String agencyName,
                                   @JsonbTypeAdapter(MoneyJson.class)
                                   @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal price,
                                   String status, Instant signedAt, LocalDate dueDate, LocalDate overdueSince) {
        static ContractEntryDto of(ContractEntry e) {
            return new ContractEntryDto(e.id(), e.needId(), e.projectName(), e.itemCode(), e.ownerName(), e.agencyName(), e.price(),
                    e.status().name(), e.signedAt(), e.dueDate(), e.overdueSince());
        }
    }

    public record RectificationEntryDto(Long id, Long ratingId, Long contractId, Long agencyId, String agencyName, String status, Instant openedAt,
                                 Instant answerDue, String answer, Rating.Scores scores, String ratingComment) {
        static RectificationEntryDto of(RectificationEntry e) {
            return new RectificationEntryDto(e.id(), e.ratingId(), e.contractId(), e.agencyId(), e.agencyName(), e.status().name(), e.openedAt(),
                    e.answerDue(), e.answer(), e.scores(), e.ratingComment());
        }
    }

    public record AcceptanceRequest(Boolean accepted, String reason) {
    }

    public record ReasonRequest(String reason) {
    }

    public record AnswerRequest(String answer) {
    }

    public record NoteRequest(String note) {
    }
}
