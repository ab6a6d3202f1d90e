package org.intermarket.supervision.api;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.intermarket.shared.MoneyJson;
import org.intermarket.supervision.Signal;

/** The JSON shapes of the signals API. Fields that do not apply to a signal's kind are left out. */
public final class SignalDtos {

    private SignalDtos() {
    }

    /** The body of a review: what the supervisor found, required, at most 2,000 characters. */
    public record ReviewRequest(String comment) {
    }

    public record SignalDto(String key, String kind, Integer round, List<NeedDto> needs, List<AgencyDto> agencies, List<BidDto> bids,
                            EvidenceDto evidence, boolean reviewed, ReviewDto review) {
        static SignalDto of(Signal s) {
            return new SignalDto(s.key(), s.kind().name(), s.round(), s.needs().stream().map(NeedDto::of).toList(),
                    s.agencies().stream().map(AgencyDto::of).toList(), s.bids().stream().map(BidDto::of).toList(),
                    EvidenceDto.of(s.evidence()), s.reviewed(), ReviewDto.of(s.review()));
        }
    }

    public record NeedDto(Long id, String projectName, String itemCode) {
        static NeedDto of(Signal.NeedRef n) {
            return new NeedDto(n.id(), n.projectName(), n.itemCode());
        }
    }

    /** {@code wins}: for a rotating pair, how many of the shared needs the agency won. */
    public record AgencyDto(Long id, String name, Integer wins) {
        static AgencyDto of(Signal.AgencyRef a) {
            return new AgencyDto(a.id(), a.name(), a.wins());
        }
    }

    public record BidDto(Long id, Long needId, int round, Long agencyId,
                         @JsonbTypeAdapter(MoneyJson.class)
                         @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal price,
                         boolean won) {
        static BidDto of(Signal.BidRef b) {
            return new BidDto(b.id(), b.needId(), b.round(), b.agencyId(), b.price(), b.won());
        }
    }

    public record EvidenceDto(String phone, String sourceIp, String planFileSha256, BigDecimal priceGapPercent, Integer sharedNeeds) {
        static EvidenceDto of(Signal.Evidence e) {
            return new EvidenceDto(e.phone(), e.sourceIp(), e.planFileSha256(), e.priceGapPercent(), e.sharedNeeds());
        }
    }

    public record ReviewDto(String comment, String reviewedBy, Instant reviewedAt) {
        static ReviewDto of(Signal.Review r) {
            return r == null ? null : new ReviewDto(r.comment(), r.reviewedBy(), r.reviewedAt());
        }
    }
}
