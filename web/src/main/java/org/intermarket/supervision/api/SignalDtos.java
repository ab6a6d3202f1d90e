package org.intermarket.supervision.api;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.intermarket.shared.MoneyJson;
import org.intermarket.supervision.RedHatSignal;
import org.intermarket.supervision.Signal;
import org.intermarket.supervision.SteeringSignal;

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

    /**
     * A RED_HAT signal: the agency and the government office whose registered contact it shares, and what is shared
     * ({@code sameName}: the agency's legal representative is the office's contact; {@code samePhone}: the phones).
     */
    public record RedHatDto(String key, String kind, AgencyDto agency, String legalRepresentative, String agencyPhone, OfficeDto office,
                            boolean sameName, boolean samePhone, boolean reviewed, ReviewDto review) {
        static RedHatDto of(RedHatSignal s) {
            return new RedHatDto(s.key(), s.kind().name(), new AgencyDto(s.agencyId(), s.agencyName(), null), s.legalRepresentative(),
                    s.agencyPhone(), new OfficeDto(s.officeId(), s.officeName(), s.officeContact(), s.officePhone()), s.sameName(),
                    s.samePhone(), s.reviewed(), ReviewDto.of(s.review()));
        }
    }

    /** A government office and its registered contact. */
    public record OfficeDto(Long id, String name, String contact, String phone) {
    }

    /**
     * A STEERING signal: the agency won {@code won} of the owner's {@code awarded} needs of the item while it holds
     * {@code share} ({@code wonInMarket} of {@code awardsInMarket}) of the item's awards in the market; {@code tail} is
     * P[X ≥ won] for X binomial(awarded, share), at most 0.01.
     */
    public record SteeringDto(String key, String kind, OwnerDto owner, String itemCode, AgencyDto agency, long won, long awarded,
                              long wonInMarket, long awardsInMarket, double share, double tail, boolean reviewed, ReviewDto review) {
        static SteeringDto of(SteeringSignal s) {
            return new SteeringDto(s.key(), s.kind().name(), new OwnerDto(s.ownerId(), s.ownerName()), s.itemCode(),
                    new AgencyDto(s.agencyId(), s.agencyName(), null), s.won(), s.awarded(), s.wonInMarket(), s.awardsInMarket(), s.share(),
                    s.tail(), s.reviewed(), ReviewDto.of(s.review()));
        }
    }

    public record OwnerDto(Long id, String name) {
    }
}
