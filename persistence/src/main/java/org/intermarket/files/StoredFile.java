package org.intermarket.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** What we know of an uploaded file. Its bytes live in the file store, addressed by their SHA-256. */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "owner_organisation_id", nullable = false)
    private Long ownerOrganisationId;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected StoredFile() {
    }

    public StoredFile(String sha256, String contentType, long size, String originalName, Long ownerOrganisationId,
                      String uploadedBy, Instant uploadedAt) {
        this.sha256 = Objects.requireNonNull(sha256);
        this.contentType = Objects.requireNonNull(contentType);
        this.size = size;
        this.originalName = Objects.requireNonNull(originalName);
        this.ownerOrganisationId = Objects.requireNonNull(ownerOrganisationId);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    public Long id() {
        return id;
    }

    public String sha256() {
        return sha256;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String originalName() {
        return originalName;
    }

    public Long ownerOrganisationId() {
        return ownerOrganisationId;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
