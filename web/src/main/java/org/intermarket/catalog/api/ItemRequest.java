package org.intermarket.catalog.api;

import java.time.LocalDate;
import org.intermarket.catalog.FeeBasis;
import org.intermarket.catalog.ItemForm;

/** Body of POST and PUT on items; {@code code} and {@code effectiveFrom} only count on POST. */
public record ItemRequest(String code, String nameZh, String nameEn, String legalBasis, String department,
                          String qualificationType, Integer standardDays, FeeBasis feeBasis, Boolean mandatory,
                          LocalDate effectiveFrom) {

    ItemForm toForm() {
        return new ItemForm(nameZh, nameEn, legalBasis, department, qualificationType, standardDays, feeBasis, mandatory);
    }
}
