package org.intermarket.it;

import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Runs inside the server, so that it can look at the request threads after the requests: a JSON body cut off at
 * any depth is a quick 400 and leaves no thread spinning (it had pinned a core for ever in Parsson's skip()).
 */
class HostileBodiesIT extends ProbeTest {

    private static final String REGISTRATION = Registrations.body("OWNER", "hostile", "91330100MA2XXXXX0X");

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return probe(HostileBodiesIT.class).addClasses(Workers.class);
    }

    @Test
    @OperateOnDeployment("probe")
    void aBodyCutOffAtAnyPointIsA400AndNoRequestThreadKeepsRunning() {
        // untimed: the first whole registration the server reads loads the password dictionaries, which takes seconds
        assertProblem(Api.anonymous().post("/api/v1/registrations", REGISTRATION), 400);
        String unknownProperties = "{\"a\":{\"a\":{\"a\":{\"b\":[1,{\"c\":\"d\"}]}}},\"role\":\"OWNER\"}";
        for (String whole : new String[] {unknownProperties, REGISTRATION}) {
            for (int cut = 1; cut < whole.length(); cut++) {
                String truncated = whole.substring(0, cut);
                assertRefused(() -> Api.anonymous().post("/api/v1/registrations", truncated), 400);
            }
        }
        Workers.assertAllIdle();
    }

    @Test
    @OperateOnDeployment("probe")
    void aHundredTruncatedBodiesOnSignedInEndpointsLeaveTheServerIdle() {
        Api agency = Api.demo("agency1");
        Api owner = Api.demo("owner1");
        for (int i = 0; i < 50; i++) {
            String project = "{\"name\":[{\"a\":{\"a\":[" + i;
            assertRefused(() -> agency.put("/api/v1/needs/1/bids/mine", "{\"price\":\"1.00\",\"x\":{\"a\":{\"a\":"), 400);
            assertRefused(() -> owner.post("/api/v1/projects", project), 400);
        }
        Workers.assertAllIdle();
    }

    @Test
    @OperateOnDeployment("probe")
    void aBodyTooBigOrTooDeepIsRefusedBeforeItIsBound() {
        String tooBig = "{\"a\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertRefused(() -> Api.anonymous().post("/api/v1/registrations", tooBig), 413);
        String tooDeep = "[".repeat(100_000);
        assertRefused(() -> Api.anonymous().post("/api/v1/registrations", tooDeep), 400);
        String deepObjects = "{\"a\":".repeat(50) + "1" + "}".repeat(50);
        assertRefused(() -> Api.anonymous().post("/api/v1/registrations", deepObjects), 400);
        assertRefused(() -> Api.anonymous().post("/api/v1/registrations", "{\"role\":1e999999999}"), 400);
        Workers.assertAllIdle();
    }

    /**
     * A problem with the status, answered within {@link Workers#ANSWER_WITHIN}: long enough not to fail behind a pause
     * of a loaded server (a one-second bound failed once in CI, at 1.2 s), short enough to catch a body that spins. How
     * quickly a refusal comes is measured, not asserted: {@code bench/hostile.sh} prints its median and worst over 100.
     */
    private static void assertRefused(Supplier<Api.Reply> request, int status) {
        long started = System.nanoTime();
        Api.Reply reply = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").orElse("").startsWith("application/problem+json"), reply::toString);
        assertTrue(took.compareTo(Workers.ANSWER_WITHIN) < 0, () -> "refused after " + took.toMillis() + " ms: " + reply);
    }
}
