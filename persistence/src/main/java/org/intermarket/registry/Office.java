package org.intermarket.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A government organisation as a supervisor of the market: where it acts (its region, GB/T 2260, at province, city or
 * district level) and over what (the platform office of that region, or the industry department the catalog names as
 * an item's {@code department}). Supervisor accounts act for the office of their organisation; what they may see and
 * decide is its {@link #jurisdiction()}. The region is the office's own and not its organisation's address: a province
 * office may be housed in its capital city.
 */
@Entity
@Table(name = "office")
@NamedQuery(name = Office.FIND_BY_USERNAME,
        query = "SELECT f FROM Office f JOIN FETCH f.organisation, Account a WHERE a.username = :username AND a.organisation.id = f.id")
@NamedQuery(name = Office.FIND_ALL, query = "SELECT f FROM Office f JOIN FETCH f.organisation ORDER BY f.region.code, f.kind, f.id")
public class Office {

    public static final String FIND_BY_USERNAME = "Office.findByUsername";
    public static final String FIND_ALL = "Office.findAll";

    /** The organisation's id (column {@code organisation_id}, through {@link MapsId}): an office is one government organisation. */
    @Id
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    /** Eager: small reference data that every check of the office reads. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_code")
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfficeKind kind;

    /** The catalog's department name for a DEPARTMENT office; null for the platform office. */
    private String department;

    protected Office() {
    }

    private Office(Organisation organisation, Region region, OfficeKind kind, String department) {
        if (organisation.type() != OrganisationType.GOVERNMENT) {
            throw new IllegalArgumentException("an office is a government organisation, not a " + organisation.type());
        }
        this.organisation = organisation;
        this.region = Objects.requireNonNull(region);
        this.kind = kind;
        this.department = department;
    }

    /** The office that runs the market of its region. */
    public static Office platform(Organisation organisation, Region region) {
        return new Office(organisation, region, OfficeKind.PLATFORM, null);
    }

    /** An industry department of a region, supervising the catalog items that name it. */
    public static Office department(Organisation organisation, Region region, String department) {
        if (department == null || department.isBlank()) {
            throw new IllegalArgumentException("a department office names its department");
        }
        return new Office(organisation, region, OfficeKind.DEPARTMENT, department.trim());
    }

    public Jurisdiction jurisdiction() {
        return new Jurisdiction(id, region.code(), department);
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String name() {
        return organisation.name();
    }

    public Region region() {
        return region;
    }

    public OfficeKind kind() {
        return kind;
    }

    public String department() {
        return department;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Office office && id != null && id.equals(office.id);
    }

    @Override
    public int hashCode() {
        return Office.class.hashCode();
    }
}
