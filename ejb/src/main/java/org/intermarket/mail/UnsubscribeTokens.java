package org.intermarket.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.intermarket.audit.LogKey;
import org.intermarket.inbox.NotificationKind;

/**
 * One-click unsubscribe tokens, of two kinds: a need subscription's (its id, its account's id) and an inbox notice
 * kind's ({@code n-}, the account's id and the kind), each with an HMAC-SHA256 of what it names under a secret only
 * the server knows. A token works without signing in, names exactly one thing of one account, and cannot be made for
 * another account or turned into the other kind without the secret. The secret is derived from the log key, which
 * every node of a cluster shares, so a link made by one node works on every other and across restarts.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,18})-(\\d{1,18})-([A-Za-z0-9_-]{43})");
    private static final String NOTICE = "n-";
    private static final Pattern NOTICE_SHAPE = Pattern.compile("n-(\\d{1,18})-([A-Z_]{1,40})-([A-Za-z0-9_-]{43})");

    @Inject
    private LogKey logKey;

    private byte[] secret;

    UnsubscribeTokens() {
    }

    /** With a secret of its own, as a test makes one. */
    UnsubscribeTokens(byte[] secret) {
        this.secret = secret.clone();
    }

    @PostConstruct
    void init() {
        secret = logKey.derivedSecret("intermarket mail unsubscribe v1");
    }

    public String of(Long subscriptionId, Long accountId) {
        return subscriptionId + "-" + accountId + "-" + mac("unsubscribe\n" + subscriptionId + "\n" + accountId);
    }

    /** The token that stops one kind of an account's inbox messages from coming by mail. */
    public String ofNotice(Long accountId, NotificationKind kind) {
        return NOTICE + accountId + "-" + kind.name() + "-" + mac(noticeClaim(accountId.toString(), kind.name()));
    }

    /** Whether a token, genuine or not, has the shape of a notice kind's (the other kind is a subscription's). */
    public static boolean isNotice(String token) {
        return token != null && token.startsWith(NOTICE);
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
        // the claim is the token's own digits, so only the one spelling this server made is genuine
        return genuine("unsubscribe\n" + parts.group(1) + "\n" + parts.group(2), parts.group(3))
                ? Optional.of(new Named(Long.parseLong(parts.group(1)), Long.parseLong(parts.group(2)))) : Optional.empty();
    }

    /** The account and kind a notice token names, if it is one this server made; empty for anything else. */
    public Optional<NamedNotice> verifyNotice(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher parts = NOTICE_SHAPE.matcher(token);
        if (!parts.matches() || !genuine(noticeClaim(parts.group(1), parts.group(2)), parts.group(3))) {
            return Optional.empty();
        }
        // only this server's MAC gets here, and it signs only real kinds; a kind renamed since is no longer one
        return Arrays.stream(NotificationKind.values()).filter(kind -> kind.name().equals(parts.group(2))).findFirst()
                .map(kind -> new NamedNotice(Long.parseLong(parts.group(1)), kind));
    }

    private static String noticeClaim(String accountId, String kind) {
        return "notice unsubscribe\n" + accountId + "\n" + kind;
    }

    private boolean genuine(String claim, String tag) {
        // constant time: a guesser learns nothing from how long a wrong token takes
        return MessageDigest.isEqual(mac(claim).getBytes(StandardCharsets.US_ASCII), tag.getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String claim) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] tag = mac.doFinal(claim.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing", e);
        }
    }

    /** What a genuine subscription token names. */
    public record Named(long subscriptionId, long accountId) {
    }

    /** What a genuine notice token names. */
    public record NamedNotice(long accountId, NotificationKind kind) {
    }
}
