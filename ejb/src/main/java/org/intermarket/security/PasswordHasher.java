package org.intermarket.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.intermarket.shared.ThrottledException;

/**
 * PBKDF2-HMAC-SHA256 with a 32-byte random salt and 600,000 iterations (the OWASP figure
 * for this function). Slow on purpose: it runs once per sign-in, and API clients then use
 * a bearer token. The stored form names its parameters, so the cost can rise later
 * without invalidating existing hashes: {@code pbkdf2-sha256$iterations$salt$key}.
 *
 * <p>At most half as many hashes run at once as the machine has cores (one at least): the other half stays free for
 * everything else the market serves, so a flood of sign-ins from many addresses slows sign-in, not the market. A
 * caller that cannot get a turn within {@link #TURN_WAIT} is told to come back ({@link ThrottledException}) instead
 * of queueing worker threads behind the CPU.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int ITERATIONS = 600_000;
    static final Duration TURN_WAIT = Duration.ofMillis(750);

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 256;

    private final SecureRandom random = new SecureRandom();
    private final Semaphore turns = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    private final int iterations;

    /** A hash of nothing anyone knows, verified when the username is unknown so timing tells nothing. */
    private volatile String decoy;

    public PasswordHasher() {
        this(ITERATIONS);
    }

    PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = deriveInTurn(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    public boolean verify(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] salt = b64.decode(parts[2]);
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = deriveInTurn(password, salt, Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the same time as a real check, for a username that does not exist; always false. */
    public boolean verifyDecoy(char[] password) {
        if (decoy == null) {
            decoy = hash(("decoy-" + random.nextLong()).toCharArray());
        }
        verify(password, decoy);
        return false;
    }

    private byte[] deriveInTurn(char[] password, byte[] salt, int rounds) {
        boolean turn;
        try {
            turn = turns.tryAcquire(TURN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw new ThrottledException(Duration.ofSeconds(1), "the server is busy checking passwords; try again in a second");
        }
        try {
            return derive(password, salt, rounds);
        } finally {
            turns.release();
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
            try {
                return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java platform", e);
        }
    }
}
