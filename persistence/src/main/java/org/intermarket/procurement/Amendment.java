package org.intermarket.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A public change to a published need before its deadline, with its reason and what changed; part of the need's
 * round, and keeping the terms it left in force, so a release of that time shows the terms of that time.
 */
@Entity
@Table(name = "need_amendment")
public class Amendment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "need_id")
    private Need need;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private String changes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Null only for amendments made before rounds were kept (V19); V20 fills what the record allows. */
    @Column(name = "round_no")
    private Integer round;

    @Column
    private String scope;

    @Column(name = "service_days")
    private Integer serviceDays;

    @Column(name = "ceiling_price")
    private BigDecimal ceilingPrice;

    @Column(name = "bid_deadline")
    private Instant bidDeadline;

    protected Amendment() {
    }

    /** The record of an amendment {@code need} has just taken: its terms now are the ones this amendment left. */
    public Amendment(Need need, String reason, String changes, Instant createdAt) {
        this.need = Objects.requireNonNull(need);
        this.reason = Objects.requireNonNull(reason);
        this.changes = Objects.requireNonNull(changes);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.round = need.round();
        this.scope = need.scope();
        this.serviceDays = need.serviceDays();
        this.ceilingPrice = need.ceilingPrice();
        this.bidDeadline = need.bidDeadline();
    }

    public Long id() {
        return id;
    }

    public String reason() {
        return reason;
    }

    public String changes() {
        return changes;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Integer round() {
        return round;
    }

    public String scope() {
        return scope;
    }

    public Integer serviceDays() {
        return serviceDays;
    }

    public BigDecimal ceilingPrice() {
        return ceilingPrice;
    }

    public Instant bidDeadline() {
        return bidDeadline;
    }
}
