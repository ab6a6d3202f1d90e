package org.intermarket.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.intermarket.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class NeedPositionTest {

    @Test
    void aTokenNamesThePositionItWasMadeOfToTheMicrosecond() {
        NeedPosition position = new NeedPosition(Instant.parse("2026-12-05T09:00:00.123456Z"), 42);
        assertEquals(position, NeedPosition.ofToken("after", position.token()));
    }

    @Test
    void noTokenIsNoPosition() {
        assertNull(NeedPosition.ofToken("after", null));
        assertNull(NeedPosition.ofToken("after", " "));
    }

    @Test
    void anythingElseIsABadRequestNamingTheField() {
        List<String> forged = new ArrayList<>(List.of("not base64!", "%%%"));
        for (String text : List.of("nothing", "2026-12-05~42", "x12~42", "2026-12-05T09:00:00Z~abc", "2026-12-05T09:00:00Z~")) {
            forged.add(Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
        }
        for (String token : forged) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> NeedPosition.ofToken("after", token), token);
            assertEquals("after", refused.fieldErrors().get(0).field());
        }
    }
}
