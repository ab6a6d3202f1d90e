package org.intermarket.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A public change to a published need before its deadline, with its reason and what changed. */
@Entity
@Table(name = "need_amendment")
public class Amendment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "need_id")
    private Need need;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private String changes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Amendment() {
    }

    public Amendment(Need need, String reason, String changes, Instant createdAt) {
        this.need = Objects.requireNonNull(need);
        this.reason = Objects.requireNonNull(reason);
        this.changes = Objects.requireNonNull(changes);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long id() {
        return id;
    }

    public String reason() {
        return reason;
    }

    public String changes() {
        return changes;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
