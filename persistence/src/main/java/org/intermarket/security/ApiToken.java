package org.intermarket.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.intermarket.registry.Account;

/** A bearer token issued at sign-in. Only its SHA-256 is stored; the token itself is shown once. */
@Entity
@Table(name = "api_token")
// With the account and its organisation: whether either is disabled decides every API request, read in one statement.
@NamedQuery(name = ApiToken.FIND_BY_HASH,
        query = "SELECT t FROM ApiToken t JOIN FETCH t.account JOIN FETCH t.account.organisation WHERE t.tokenHash = :hash")
@NamedQuery(name = ApiToken.REVOKE_ALL_OF_ACCOUNT,
        query = "UPDATE ApiToken t SET t.revokedAt = :now WHERE t.account = :account AND t.revokedAt IS NULL")
public class ApiToken {

    public static final String FIND_BY_HASH = "ApiToken.findByHash";
    public static final String REVOKE_ALL_OF_ACCOUNT = "ApiToken.revokeAllOfAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(String tokenHash, Account account, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.account = Objects.requireNonNull(account);
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    public boolean isValidAt(Instant now) {
        // A lock refuses passwords, not tokens: strangers can cause one, and must not cut the holder's clients off.
        return revokedAt == null && now.isBefore(expiresAt) && account.enabled();
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
