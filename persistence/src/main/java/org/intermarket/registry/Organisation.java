package org.intermarket.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An owner, an agency or a government office taking part in the market. One per credit code. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.FIND_BY_CREDIT_CODE,
        query = "SELECT o FROM Organisation o WHERE o.creditCode = :creditCode")
@NamedQuery(name = Organisation.COUNT_BY_TYPE,
        query = "SELECT COUNT(o) FROM Organisation o WHERE o.type = :type")
@NamedQuery(name = Organisation.NAMES_BY_ID,
        query = "SELECT o.id, o.name FROM Organisation o WHERE o.id IN :ids")
public class Organisation {

    public static final String FIND_BY_CREDIT_CODE = "Organisation.findByCreditCode";
    public static final String COUNT_BY_TYPE = "Organisation.countByType";
    /** Rows of (id, name) for the organisations {@code :ids}: the names a list shows, in one statement. */
    public static final String NAMES_BY_ID = "Organisation.namesById";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false)
    private OrganisationType type;

    @Column(nullable = false)
    private String name;

    @Column(name = "credit_code", nullable = false)
    private CreditCode creditCode;

    /** Eager: small reference data that every view of an organisation shows. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_code")
    private Region region;

    @Column(name = "legal_representative", nullable = false)
    private String legalRepresentative;

    @Column(name = "contact_phone", nullable = false)
    private String contactPhone;

    @Column(name = "contact_person")
    private String contactPerson;

    private String description;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    public Organisation(OrganisationType type, String name, CreditCode creditCode, Region region,
                        String legalRepresentative, String contactPhone, Instant createdAt) {
        this.type = Objects.requireNonNull(type);
        this.name = Objects.requireNonNull(name);
        this.creditCode = Objects.requireNonNull(creditCode);
        this.region = Objects.requireNonNull(region);
        this.legalRepresentative = Objects.requireNonNull(legalRepresentative);
        this.contactPhone = Objects.requireNonNull(contactPhone);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long id() {
        return id;
    }

    public OrganisationType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public CreditCode creditCode() {
        return creditCode;
    }

    public Region region() {
        return region;
    }

    public String legalRepresentative() {
        return legalRepresentative;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String contactPerson() {
        return contactPerson;
    }

    public String description() {
        return description;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The organisation's own account of itself. Name and credit code are its identity and never change here. */
    public void updateProfile(Region region, String legalRepresentative, String contactPerson, String contactPhone,
                              String description) {
        this.region = Objects.requireNonNull(region);
        this.legalRepresentative = Objects.requireNonNull(legalRepresentative);
        this.contactPerson = contactPerson;
        this.contactPhone = Objects.requireNonNull(contactPhone);
        this.description = description;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Organisation org && id != null && id.equals(org.id);
    }

    @Override
    public int hashCode() {
        return Organisation.class.hashCode();
    }
}
