package org.intermarket.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An agency's published offer for one catalog item: conditions, process, time limit and fees. */
@Entity
@Table(name = "service_guide")
public class ServiceGuide {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(nullable = false)
    private String conditions;

    @Column(nullable = false)
    private String process;

    @Column(name = "service_days", nullable = false)
    private int serviceDays;

    @Column(name = "fee_standard", nullable = false)
    private String feeStandard;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ServiceGuide() {
    }

    public ServiceGuide(Agency agency, String itemCode, GuideTerms terms, Instant now) {
        this.agency = Objects.requireNonNull(agency);
        this.itemCode = Objects.requireNonNull(itemCode);
        update(terms, now);
    }

    public void update(GuideTerms terms, Instant now) {
        conditions = terms.conditions();
        process = terms.process();
        serviceDays = terms.serviceDays();
        feeStandard = terms.feeStandard();
        updatedAt = now;
    }

    public GuideTerms terms() {
        return new GuideTerms(conditions, process, serviceDays, feeStandard);
    }

    public Long id() {
        return id;
    }

    public Agency agency() {
        return agency;
    }

    public String itemCode() {
        return itemCode;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** What a guide promises. */
    public record GuideTerms(String conditions, String process, int serviceDays, String feeStandard) {
    }
}
