package org.intermarket.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.intermarket.inbox.NotificationKind;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

    private final UnsubscribeTokens tokens = new UnsubscribeTokens("this market's secret".getBytes(StandardCharsets.UTF_8));

    @Test
    void aNoticeTokenNamesItsAccountAndKindAndNothingElse() {
        String token = tokens.ofNotice(42L, NotificationKind.BID_WON);
        assertTrue(token.startsWith("n-42-BID_WON-"), token);
        assertTrue(UnsubscribeTokens.isNotice(token));
        assertEquals(Optional.of(new UnsubscribeTokens.NamedNotice(42L, NotificationKind.BID_WON)), tokens.verifyNotice(token));
        assertEquals(Optional.empty(), tokens.verify(token), "not a subscription's");
    }

    @Test
    void aNoticeTokenCannotBeTurnedToAnotherAccountOrKind() {
        String token = tokens.ofNotice(42L, NotificationKind.BID_WON);
        String tag = token.substring(token.lastIndexOf('-') + 1);
        for (String forged : new String[] {"n-43-BID_WON-" + tag, "n-42-BID_LOST-" + tag, "n-42-NOT_A_KIND-" + tag,
                "n-042-BID_WON-" + tag, token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A"), token + "A",
                "n-42-BID_WON-", "n--BID_WON-" + tag, "", "n-"}) {
            assertEquals(Optional.empty(), tokens.verifyNotice(forged), forged);
        }
        assertEquals(Optional.empty(), tokens.verifyNotice(null));
        UnsubscribeTokens another = new UnsubscribeTokens("another market's secret".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), tokens.verifyNotice(another.ofNotice(42L, NotificationKind.BID_WON)), "another secret's");
    }

    @Test
    void aSubscriptionTokenIsNotANoticeTokenAndKeepsItsOldShape() {
        String token = tokens.of(7L, 42L);
        assertFalse(UnsubscribeTokens.isNotice(token));
        assertTrue(token.matches("7-42-[A-Za-z0-9_-]{43}"), token);
        assertEquals(Optional.of(new UnsubscribeTokens.Named(7L, 42L)), tokens.verify(token));
        assertEquals(Optional.empty(), tokens.verifyNotice("n-" + token));
        assertEquals(Optional.empty(), tokens.verify("8-42-" + token.substring(5)), "another subscription");
    }
}
