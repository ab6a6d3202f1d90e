package org.intermarket.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.intermarket.audit.AuditTrail;
import org.intermarket.registry.Account;
import org.intermarket.shared.Caller;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Roles;
import org.intermarket.shared.Sha256;
import org.intermarket.shared.StoredText;

/**
 * Bearer tokens: 256 random bits, valid 12 hours, stored only as SHA-256, so a stolen
 * table yields no usable token. Checking one costs a hash and an indexed read, not PBKDF2.
 */
@Stateless
public class TokenService {

    public static final Duration VALIDITY = Duration.ofHours(12);
    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** Issues a token to the caller, who has just proven their password. */
    @RolesAllowed({Roles.OWNER, Roles.AGENCY, Roles.SUPERVISOR, Roles.ADMIN})
    public IssuedToken issueForCaller() {
        Account account = em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", caller.name())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("account", caller.name()));
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        ApiToken stored = new ApiToken(Sha256.hex(token), account, now, now.plus(VALIDITY));
        em.persist(stored);
        em.flush();
        audit.record("TOKEN_ISSUED", "ApiToken", stored.id(), StoredText.facts("expires", stored.expiresAt()));
        return new IssuedToken(token, stored.expiresAt());
    }

    /** The identity behind a token, if the token is known, unexpired, unrevoked and its account usable. */
    @PermitAll
    public Optional<Identity> resolve(String token) {
        Instant now = clock.instant();
        return em.createNamedQuery(ApiToken.FIND_BY_HASH, ApiToken.class)
                .setParameter("hash", Sha256.hex(token))
                .getResultStream().findFirst()
                .filter(stored -> stored.isValidAt(now))
                .map(stored -> Identity.of(stored.account()));
    }

    /** Revokes the token the caller presented. */
    @RolesAllowed({Roles.OWNER, Roles.AGENCY, Roles.SUPERVISOR, Roles.ADMIN})
    public void revoke(String token) {
        ApiToken stored = em.createNamedQuery(ApiToken.FIND_BY_HASH, ApiToken.class)
                .setParameter("hash", Sha256.hex(token))
                .getResultStream().findFirst()
                .filter(candidate -> candidate.account().username().equals(caller.name()))
                .orElseThrow(() -> new NotFoundException("token", "presented"));
        stored.revoke(clock.instant());
        audit.record("TOKEN_REVOKED", "ApiToken", stored.id(), StoredText.facts("by", "holder"));
    }

    /** Revokes every live token of an account (it was locked or disabled). */
    @PermitAll
    public int revokeAllOf(Account account, Instant now) {
        return em.createNamedQuery(ApiToken.REVOKE_ALL_OF_ACCOUNT)
                .setParameter("now", now)
                .setParameter("account", account)
                .executeUpdate();
    }
}
