package org.intermarket.mail;

import java.time.Instant;
import java.util.List;

/**
 * An account's mail subscription as it reads it. Before it ever saved one, the proposal: the items of its agency's
 * service guides, the whole province, at once, in Chinese; {@code subscribed} is then false.
 */
public record SubscriptionView(boolean subscribed, List<String> items, List<String> regions, Frequency frequency, Integer digestHour,
                               String language, Instant changedAt) {

    static SubscriptionView of(MailSubscription subscription) {
        return new SubscriptionView(subscription.active(), subscription.itemCodes().stream().sorted().toList(),
                subscription.regionCodes().stream().sorted().toList(), subscription.frequency(), subscription.digestHour(),
                subscription.language(), subscription.changedAt());
    }
}
