package org.intermarket.mail;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an agency's account chooses to hear of by mail: service items (at least one), regions (none: the whole
 * province), how often, and in which language. A daily digest names its hour (0-23, Beijing time).
 */
public record SubscriptionForm(
        @NotNull @Size(min = 1, max = MailSubscription.MAX_ITEMS) List<@NotNull @Pattern(regexp = "[A-Za-z0-9-]{1,32}") String> items,
        @Size(max = MailSubscription.MAX_REGIONS) List<@NotNull @Pattern(regexp = "\\d{6}") String> regions,
        @NotNull @Pattern(regexp = "IMMEDIATE|DAILY") String frequency,
        @Min(0) @Max(23) Integer digestHour,
        @NotNull @Pattern(regexp = "zh|en") String language) {
}
