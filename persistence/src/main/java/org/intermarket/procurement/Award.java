package org.intermarket.procurement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.intermarket.shared.ConflictException;

/**
 * A winner chosen in one round of a need, part of the need's aggregate: who won, by which method, the ranking the
 * selection saw and the notice period; and, if it fell, how (an upheld objection, a contract that lapsed), when
 * and why. An award is written once and only ever ended: a need whose award fell and was awarded again keeps both.
 */
@Entity
@Table(name = "need_award")
public class Award {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "need_id")
    private Need need;

    /** The need's id without loading the need: what a reader of many needs' histories groups by. */
    @Column(name = "need_id", insertable = false, updatable = false)
    private Long needId;

    @Column(name = "round_no", nullable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(name = "selection_method", nullable = false)
    private SelectionMethod method;

    @Column(name = "bid_id")
    private Long bidId;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column
    private BigDecimal price;

    @Column(name = "selected_at", nullable = false)
    private Instant selectedAt;

    @Column(name = "notice_ends_at")
    private Instant noticeEndsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "ending")
    private AwardEnding ending;

    @Column(name = "objection_id")
    private Long objectionId;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "ended_at")
    private Instant endedAt;

    @ElementCollection
    @CollectionTable(name = "need_award_rank", joinColumns = @JoinColumn(name = "award_id"))
    @OrderBy("place")
    private List<AwardRank> ranking = new ArrayList<>();

    protected Award() {
    }

    static Award chosen(Need need, AwardRank winner, List<AwardRank> ranking, Instant now, Instant noticeEndsAt) {
        Award award = new Award();
        award.need = need;
        award.round = need.round();
        award.method = need.method();
        award.bidId = winner.bidId();
        award.agencyId = winner.agencyId();
        award.price = winner.price();
        award.selectedAt = Objects.requireNonNull(now);
        award.noticeEndsAt = noticeEndsAt;
        award.ranking.addAll(ranking);
        return award;
    }

    /** The award falls; an award ends once. */
    void end(AwardEnding how, Long objection, String reason, Instant now) {
        if (ending != null) {
            throw new ConflictException("procurement.out-of-step", "the award has already ended (" + ending + ")");
        }
        ending = Objects.requireNonNull(how);
        objectionId = objection;
        endReason = reason;
        endedAt = Objects.requireNonNull(now);
    }

    public boolean standing() {
        return ending == null;
    }

    public Long id() {
        return id;
    }

    public Long needId() {
        return needId;
    }

    public int round() {
        return round;
    }

    public SelectionMethod method() {
        return method;
    }

    public Long bidId() {
        return bidId;
    }

    public Long agencyId() {
        return agencyId;
    }

    public BigDecimal price() {
        return price;
    }

    public Instant selectedAt() {
        return selectedAt;
    }

    public Instant noticeEndsAt() {
        return noticeEndsAt;
    }

    public AwardEnding ending() {
        return ending;
    }

    public Long objectionId() {
        return objectionId;
    }

    public String endReason() {
        return endReason;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public List<AwardRank> ranking() {
        return List.copyOf(ranking);
    }
}
