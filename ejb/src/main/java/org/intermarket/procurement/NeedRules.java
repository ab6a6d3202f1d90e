package org.intermarket.procurement;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.intermarket.catalog.CatalogService;
import org.intermarket.catalog.ItemStatus;
import org.intermarket.catalog.ServiceItem;
import org.intermarket.settings.MarketSettings;
import org.intermarket.settings.SettingKey;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.InvalidInputException.FieldError;

/**
 * The rules a need's terms must follow (DOMAIN.md "Need", "Selection methods"): checked when a
 * draft is saved and again, with the settings then in force, when it is published.
 */
@Stateless
@PermitAll
public class NeedRules {

    @Inject
    private CatalogService catalog;

    /** Turns the owner's form into terms, or 400 naming every broken field. */
    public NeedTerms terms(NeedForm form) {
        ServiceItem item = catalog.find(form.itemCode());
        if (item.status() != ItemStatus.ACTIVE) {
            throw new ConflictException("procurement.item-retired", "service item " + item.code() + " is retired");
        }
        List<FieldError> errors = new ArrayList<>();
        String required = item.details().qualificationType();
        String asked = form.qualificationRequired() == null || form.qualificationRequired().isBlank() ? null : form.qualificationRequired().trim();
        // No extra thresholds: a need may ask for the qualification the item requires, and nothing else.
        if (asked != null && !asked.equals(required)) {
            errors.add(new FieldError("qualificationRequired", "a need may only require what the item requires: "
                    + (required == null ? "no qualification" : required)));
        }
        if (form.ceilingPrice() == null && form.selectionMethod() != SelectionMethod.DIRECT) {
            errors.add(new FieldError("ceilingPrice", "a ceiling price is required unless the selection is DIRECT"));
        }
        NeedTerms.Weights weights = null;
        if (form.selectionMethod() == SelectionMethod.COMPREHENSIVE_SCORE) {
            weights = form.weights() == null ? null : new NeedTerms.Weights(form.weights().price(), form.weights().credit(), form.weights().plan());
            if (weights == null || !weights.complete()) {
                errors.add(new FieldError("weights", "comprehensive scoring needs price, credit and plan weights summing to 100"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new NeedTerms(item.code(), form.scope().trim(), form.serviceDays(),
                form.ceilingPrice() == null ? null : form.ceilingPrice().setScale(2), required, form.selectionMethod(), weights,
                form.bidDeadline(), form.contact() == null || form.contact().isBlank() ? null : form.contact().trim());
    }

    /** DIRECT selection only below the configured ceiling, or after two failed rounds. */
    public void checkMethodAllowed(Need need, MarketSettings settings) {
        if (need.method() != SelectionMethod.DIRECT || need.directAllowedAfterFailures()) {
            return;
        }
        BigDecimal limit = settings.money(SettingKey.DIRECT_SELECTION_CEILING);
        if (need.ceilingPrice() == null || need.ceilingPrice().compareTo(limit) >= 0) {
            throw new ConflictException("procurement.direct-not-allowed",
                    "DIRECT selection needs a ceiling below " + limit + " CNY, or two failed rounds before");
        }
    }
}
