package org.intermarket.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** What a version of a service item says: the part a supervisor edits. */
@Embeddable
public record ItemDetails(
        @Column(name = "name_zh", nullable = false) String nameZh,
        @Column(name = "name_en", nullable = false) String nameEn,
        @Column(name = "legal_basis", nullable = false) String legalBasis,
        @Column(name = "department", nullable = false) String department,
        @Column(name = "qualification_type") String qualificationType,
        @Column(name = "standard_days", nullable = false) int standardDays,
        @Enumerated(EnumType.STRING) @Column(name = "fee_basis", nullable = false) FeeBasis feeBasis,
        @Column(name = "mandatory", nullable = false) boolean mandatory) {

    public ItemDetails {
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(feeBasis, "feeBasis");
        if (standardDays < 1) {
            throw new IllegalArgumentException("standardDays must be at least 1");
        }
        if (qualificationType != null && qualificationType.isBlank()) {
            qualificationType = null;
        }
    }
}
