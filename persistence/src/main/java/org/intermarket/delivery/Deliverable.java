package org.intermarket.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.intermarket.files.StoredFile;

/** A file the agency handed in under a contract, and the owner's decision on it. */
@Entity
@Table(name = "deliverable")
@NamedQuery(name = Deliverable.OF_CONTRACT,
        query = "SELECT d FROM Deliverable d JOIN FETCH d.file WHERE d.contract = :contract ORDER BY d.submittedAt, d.id")
public class Deliverable {

    /** Everything handed in under a contract, oldest first, with the files' metadata. */
    public static final String OF_CONTRACT = "Deliverable.ofContract";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @ManyToOne(optional = false)
    @JoinColumn(name = "file_id")
    private StoredFile file;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliverableStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    protected Deliverable() {
    }

    public Deliverable(Contract contract, StoredFile file, Instant now) {
        this.contract = Objects.requireNonNull(contract);
        this.file = Objects.requireNonNull(file);
        this.submittedAt = Objects.requireNonNull(now);
        this.status = DeliverableStatus.SUBMITTED;
    }

    /** The owner's decision on everything handed in since the last one. */
    public void decide(boolean accepted, String reason, Instant now) {
        if (status == DeliverableStatus.SUBMITTED) {
            status = accepted ? DeliverableStatus.ACCEPTED : DeliverableStatus.REJECTED;
            decisionReason = reason;
            decidedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public Contract contract() {
        return contract;
    }

    public StoredFile file() {
        return file;
    }

    public DeliverableStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }
}
