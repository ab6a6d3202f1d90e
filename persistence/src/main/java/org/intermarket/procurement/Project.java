package org.intermarket.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** An owner's construction project, identified by its national investment project code. */
@Entity
@Table(name = "project")
public class Project {

    /** 投资项目代码, e.g. 2026-330100-48-01-000123. */
    public static final String CODE_PATTERN = "\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_organisation_id", nullable = false)
    private Long ownerOrganisationId;

    @Column(nullable = false)
    private String name;

    @Column(name = "project_code", nullable = false)
    private String projectCode;

    @Column(nullable = false)
    private String location;

    @Column(nullable = false)
    private BigDecimal investment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Project() {
    }

    public Project(Long ownerOrganisationId, String name, String projectCode, String location, BigDecimal investment,
                   Instant createdAt) {
        this.ownerOrganisationId = Objects.requireNonNull(ownerOrganisationId);
        this.name = Objects.requireNonNull(name);
        this.projectCode = Objects.requireNonNull(projectCode);
        this.location = Objects.requireNonNull(location);
        this.investment = Objects.requireNonNull(investment);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long id() {
        return id;
    }

    public Long ownerOrganisationId() {
        return ownerOrganisationId;
    }

    public String name() {
        return name;
    }

    public String projectCode() {
        return projectCode;
    }

    public String location() {
        return location;
    }

    public BigDecimal investment() {
        return investment;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
