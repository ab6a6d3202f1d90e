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
import java.util.Objects;

/** Avoidance (回避): an agency the owner excludes from a need, with the conflict of interest stated publicly. */
@Entity
@Table(name = "need_exclusion")
public class Exclusion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "need_id")
    private Need need;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(nullable = false)
    private String reason;

    protected Exclusion() {
    }

    public Exclusion(Need need, Long agencyId, String reason) {
        this.need = Objects.requireNonNull(need);
        this.agencyId = Objects.requireNonNull(agencyId);
        this.reason = Objects.requireNonNull(reason);
    }

    public Long id() {
        return id;
    }

    public Need need() {
        return need;
    }

    public Long agencyId() {
        return agencyId;
    }

    public String reason() {
        return reason;
    }
}
