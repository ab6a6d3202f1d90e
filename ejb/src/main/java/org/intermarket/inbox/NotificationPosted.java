package org.intermarket.inbox;

/**
 * A message was posted to an organisation's inbox, fired synchronously in the poster's transaction: what observes it
 * (the mail of those who chose its kind) happens exactly when the message exists.
 */
public record NotificationPosted(Notification notification) {
}
