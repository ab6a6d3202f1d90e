package org.intermarket.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

    private static Optional<JsonBodies.Refusal> check(String body) {
        return JsonBodies.check(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCompleteBodyPasses() {
        assertTrue(check("{\"price\":\"125000.00\",\"serviceDays\":20,\"plan\":\"方案\",\"x\":{\"y\":[1,2,{\"z\":null}]}}").isEmpty());
        assertTrue(check("[]").isEmpty());
        assertTrue(check("  {\"a\": 1.5e10 }\n").isEmpty());
    }

    @Test
    void aBodyCutOffAtAnyPointIsMalformedAndFoundAtOnce() {
        String whole = "{\"role\":\"OWNER\",\"a\":{\"a\":{\"a\":[1,{\"b\":\"text\"},true]}},\"n\":12.5}";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int cut = 1; cut < whole.length(); cut++) {
                String truncated = whole.substring(0, cut);
                Optional<JsonBodies.Refusal> refusal = check(truncated);
                assertTrue(refusal.isPresent(), truncated);
                assertEquals(400, refusal.get().status(), truncated);
                assertEquals("malformed-request", refusal.get().code(), truncated);
            }
        });
    }

    @Test
    void trailingGarbageAndNonJsonAreMalformed() {
        assertEquals("malformed-request", check("{} {}").orElseThrow().code());
        assertEquals("malformed-request", check("{\"a\":1,}").orElseThrow().code());
        assertEquals("malformed-request", check("not json").orElseThrow().code());
        assertEquals("malformed-request", JsonBodies.check(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0, 1, 2}).orElseThrow().code());
    }

    @Test
    void nestingBeyondTheLimitIsRefused() {
        String deep = "[".repeat(JsonBodies.MAX_DEPTH + 1) + "]".repeat(JsonBodies.MAX_DEPTH + 1);
        JsonBodies.Refusal refusal = check(deep).orElseThrow();
        assertEquals(400, refusal.status());
        assertEquals("too-deep", refusal.code());
        String deepest = "{\"a\":".repeat(JsonBodies.MAX_DEPTH - 1) + "{}" + "}".repeat(JsonBodies.MAX_DEPTH - 1);
        assertTrue(check(deepest).isEmpty(), "exactly the limit is allowed");
    }

    @Test
    void aBracketBombIsRefusedWithoutReadingItAll() {
        String bomb = "[".repeat(500_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertEquals("too-deep", check(bomb).orElseThrow().code()));
    }

    @Test
    void numbersOfNoSaneSizeAreRefused() {
        JsonBodies.Refusal huge = check("{\"serviceDays\":1e999999999}").orElseThrow();
        assertEquals("number-out-of-range", huge.code());
        assertEquals("serviceDays", huge.field());
        assertEquals("weights.price", check("{\"a\":[1,2],\"weights\":{\"credit\":20,\"price\":1e500}}").orElseThrow().field());
        assertEquals("offers.price", check("{\"offers\":[{\"price\":1},{\"price\":1e500}]}").orElseThrow().field());
        assertEquals("body", check("1e500").orElseThrow().field());
        assertEquals("number-out-of-range", check("{\"id\":" + "9".repeat(100) + "}").orElseThrow().code());
        assertTrue(check("{\"id\":9223372036854775807,\"score\":1e-3}").isEmpty());
    }
}
