package org.intermarket.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.intermarket.shared.JsonProcessing;

/**
 * One message in an organisation's inbox. The text is not stored: a kind and its parameters
 * are, so that each reader sees it in their own language.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    /** The message parameters as a JSON array of strings. */
    @Column(nullable = false)
    private String params;

    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    /** A message with its parameters in order; an absent parameter is stored as empty. */
    public Notification(Long organisationId, NotificationKind kind, List<String> params, String link, Instant createdAt) {
        this.organisationId = Objects.requireNonNull(organisationId);
        this.kind = Objects.requireNonNull(kind);
        JsonArrayBuilder array = JsonProcessing.PROVIDER.createArrayBuilder();
        for (String param : params) {
            array.add(param == null ? "" : param);
        }
        this.params = array.build().toString();
        this.link = link;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public NotificationKind kind() {
        return kind;
    }

    /** The parameters the message was posted with, in order. */
    public List<String> params() {
        return JsonProcessing.PROVIDER.createReader(new StringReader(params)).readArray()
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    public String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
