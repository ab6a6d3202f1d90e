package org.intermarket.catalog.api;

import java.time.LocalDate;
import org.intermarket.catalog.FeeBasis;
import org.intermarket.catalog.ItemDetails;
import org.intermarket.catalog.ItemStatus;
import org.intermarket.catalog.ServiceItem;

/** A service item version as API.md shows it. */
public record ItemDto(String code, String nameZh, String nameEn, String legalBasis, String department,
                      String qualificationType, int standardDays, FeeBasis feeBasis, boolean mandatory,
                      ItemStatus status, LocalDate effectiveFrom, LocalDate effectiveTo, int version) {

    public static ItemDto of(ServiceItem item) {
        ItemDetails d = item.details();
        return new ItemDto(item.code(), d.nameZh(), d.nameEn(), d.legalBasis(), d.department(), d.qualificationType(),
                d.standardDays(), d.feeBasis(), d.mandatory(), item.status(), item.effectiveFrom(), item.effectiveTo(),
                item.version());
    }
}
