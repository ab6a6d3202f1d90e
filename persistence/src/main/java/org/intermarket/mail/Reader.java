package org.intermarket.mail;

/**
 * Who a mail goes to: a subscription (whose unsubscribe link the mail carries), its account and address, the
 * language and pace the account chose.
 */
public record Reader(Long subscriptionId, Long accountId, String email, String language, Frequency frequency, Integer digestHour) {
}
