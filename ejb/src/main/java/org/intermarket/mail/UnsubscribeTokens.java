package org.intermarket.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.intermarket.audit.LogKey;

/**
 * The one-click unsubscribe token of a subscription: its id, its account's id and an HMAC-SHA256 of both under a
 * secret only the server knows. It works without signing in, names exactly one subscription of one account, and
 * cannot be made for another without the secret. The secret is derived from the log key, which every node of a
 * cluster shares, so a link made by one node works on every other and across restarts.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,18})-(\\d{1,18})-([A-Za-z0-9_-]{43})");

    @Inject
    private LogKey logKey;

    private byte[] secret;

    @PostConstruct
    void init() {
        secret = logKey.derivedSecret("intermarket mail unsubscribe v1");
    }

    public String of(Long subscriptionId, Long accountId) {
        return subscriptionId + "-" + accountId + "-" + mac(subscriptionId, accountId);
    }

    /** The subscription and account a token names, if it is one this server made; empty for anything else. */
    public Optional<Named> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher parts = SHAPE.matcher(token);
        if (!parts.matches()) {
            return Optional.empty();
        }
        long subscription = Long.parseLong(parts.group(1));
        long account = Long.parseLong(parts.group(2));
        byte[] expected = mac(subscription, account).getBytes(StandardCharsets.US_ASCII);
        // constant time: a guesser learns nothing from how long a wrong token takes
        return MessageDigest.isEqual(expected, parts.group(3).getBytes(StandardCharsets.US_ASCII))
                ? Optional.of(new Named(subscription, account)) : Optional.empty();
    }

    private String mac(long subscriptionId, long accountId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] tag = mac.doFinal(("unsubscribe\n" + subscriptionId + "\n" + accountId).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing", e);
        }
    }

    /** What a genuine token names. */
    public record Named(long subscriptionId, long accountId) {
    }
}
