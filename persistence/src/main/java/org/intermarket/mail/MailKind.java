package org.intermarket.mail;

/** What a mail is about; each kind has its texts in the mail bundle ({@code mail.<KIND>.*}). */
public enum MailKind {
    /** A new need (or a new round of one) for an item and region the reader subscribed to. */
    NEED_PUBLISHED,
    /** The daily digest of a subscriber: the needs published for it since the last one, still open for bids. */
    DAILY_DIGEST,
    /** A need the reader's agency bid on was amended: the bid must be confirmed again. */
    NEED_AMENDED,
    /** A need the reader's agency bid on was cancelled. */
    NEED_CANCELLED,
    /** A message of the reader's inbox of a kind its account chose to have by mail too ({@link NoticeChoice}). */
    INBOX_NOTICE
}
