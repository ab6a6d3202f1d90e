package org.intermarket.procurement;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.intermarket.shared.MoneyJson;

/** A bid as the agency sends it (API.md {@code PUT /needs/{id}/bids/mine}). */
public record BidForm(
        @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2)
        @JsonbTypeAdapter(MoneyJson.class)
        @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal price,
        @NotNull @Min(1) @Max(3650) Integer serviceDays,
        @NotBlank @Size(max = 8000) String plan) {

    Bid.Offer offer() {
        return new Bid.Offer(price.setScale(2), serviceDays, plan.trim());
    }
}
