package org.intermarket.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ExcludeDefaultListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One mail, written in the transaction of the event that causes it and rendered then, in its reader's language, so it
 * exists exactly when the event does and says what was true at that moment. A worker claims it, sends it and marks it
 * sent; its Message-ID is fixed by its id, so a resend after a worker died between sending and marking is the same
 * message to the receiving side.
 */
// Not counted as a market change (MarketChanges): the worker writes these every second while mail goes out, and no
// public answer shows them; the event that writes one changes what it is about, which is counted.
@ExcludeDefaultListeners
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = OutboxMessage.FIND_CLAIMED, query = "SELECT m FROM OutboxMessage m WHERE m.claimToken = :claim ORDER BY m.id")
@NamedQuery(name = OutboxMessage.COUNT_BY_STATE, query = "SELECT m.state, COUNT(m) FROM OutboxMessage m GROUP BY m.state")
public class OutboxMessage {

    public static final String FIND_CLAIMED = "OutboxMessage.findClaimed";
    public static final String COUNT_BY_STATE = "OutboxMessage.countByState";

    /** The first retry waits this long, each later one twice the one before, up to {@link #LONGEST_WAIT}. */
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The event and the reader (unique): a second write for the same event and reader is refused by the database. */
    @Column(nullable = false, updatable = false)
    private String occasion;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MailKind kind;

    @Column(name = "need_id", updatable = false)
    private Long needId;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "body_text", nullable = false, updatable = false)
    private String bodyText;

    @Column(name = "body_html", nullable = false, updatable = false)
    private String bodyHtml;

    /** The one-click unsubscribe token of the reader's subscription or notice kind, for the List-Unsubscribe header; null for other mail. */
    @Column(name = "unsubscribe_token", updatable = false)
    private String unsubscribeToken;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxState state;

    /** Claims so far: each claim is an attempt, whether it ended in a send, a failure or a worker's death. */
    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claim_token")
    private String claimToken;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(String occasion, Long accountId, String recipient, MailKind kind, Long needId, String language,
                         RenderedMail mail, String unsubscribeToken, Instant now) {
        this.occasion = Objects.requireNonNull(occasion);
        this.accountId = Objects.requireNonNull(accountId);
        this.recipient = Objects.requireNonNull(recipient);
        this.kind = Objects.requireNonNull(kind);
        this.needId = needId;
        this.language = Objects.requireNonNull(language);
        this.subject = mail.subject();
        this.bodyText = mail.text();
        this.bodyHtml = mail.html();
        this.unsubscribeToken = unsubscribeToken;
        this.state = OutboxState.PENDING;
        this.nextAttemptAt = Objects.requireNonNull(now);
        this.createdAt = now;
    }

    /** Accepted by the SMTP server under the claim {@code claim}; a claim that ran out and was taken over marks nothing. */
    public boolean sent(String claim, Instant now) {
        if (state != OutboxState.SENDING || !claim.equals(claimToken)) {
            return false;
        }
        state = OutboxState.SENT;
        sentAt = now;
        claimedUntil = null;
        lastError = null;
        return true;
    }

    /**
     * Refused or unreachable: back to waiting, each time twice as long as the time before (30 s, 1 min, 2 min… at most
     * an hour), never given up: the administrator sees its attempts and last error meanwhile.
     */
    public boolean failed(String claim, String error, Instant now) {
        if (state != OutboxState.SENDING || !claim.equals(claimToken)) {
            return false;
        }
        state = OutboxState.PENDING;
        claimedUntil = null;
        lastError = error == null ? "?" : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        nextAttemptAt = now.plus(backOff(attempts));
        return true;
    }

    /** The wait after the {@code attempts}-th failed attempt. */
    public static Duration backOff(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 20));
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    public Long id() {
        return id;
    }

    public String occasion() {
        return occasion;
    }

    public Long accountId() {
        return accountId;
    }

    public String recipient() {
        return recipient;
    }

    public MailKind kind() {
        return kind;
    }

    public Long needId() {
        return needId;
    }

    public String language() {
        return language;
    }

    public String subject() {
        return subject;
    }

    public String bodyText() {
        return bodyText;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String unsubscribeToken() {
        return unsubscribeToken;
    }

    public OutboxState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public String claimToken() {
        return claimToken;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
