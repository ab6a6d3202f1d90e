package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        String unknownProperties = "{\"a\":{\"a\":{\"a\":{\"b\":[1,{\"c\":\"d\"}]}}},\"role\":\"OWNER\"}";
        for (String whole : new String[] {unknownProperties, REGISTRATION}) {
            for (int cut = 1; cut < whole.length(); cut++) {
                assertRefusedQuickly(Api.anonymous().post("/api/v1/registrations", whole.substring(0, cut)), 400);
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
            assertRefusedQuickly(agency.put("/api/v1/needs/1/bids/mine", "{\"price\":\"1.00\",\"x\":{\"a\":{\"a\":"), 400);
            assertRefusedQuickly(owner.post("/api/v1/projects", "{\"name\":[{\"a\":{\"a\":[" + i), 400);
        }
        Workers.assertAllIdle();
    }

    @Test
    @OperateOnDeployment("probe")
    void aBodyTooBigOrTooDeepIsRefusedBeforeItIsBound() {
        assertRefusedQuickly(Api.anonymous().post("/api/v1/registrations", "{\"a\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}"), 413);
        assertRefusedQuickly(Api.anonymous().post("/api/v1/registrations", "[".repeat(100_000)), 400);
        assertRefusedQuickly(Api.anonymous().post("/api/v1/registrations", "{\"a\":".repeat(50) + "1" + "}".repeat(50)), 400);
        assertRefusedQuickly(Api.anonymous().post("/api/v1/registrations", "{\"role\":1e999999999}"), 400);
        Workers.assertAllIdle();
    }

    /** A problem with the status; a request that hung would have failed on the client's timeout instead. */
    private static void assertRefusedQuickly(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").orElse("").startsWith("application/problem+json"), reply::toString);
    }
}
