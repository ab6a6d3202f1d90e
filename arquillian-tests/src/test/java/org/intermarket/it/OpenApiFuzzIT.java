package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Every operation the server describes at /openapi, called with hostile parameters and bodies (HostileRequests), as
 * anonymous and as each role: no answer is a 5xx, every error is problem+json, every answer comes within
 * {@link Workers#ANSWER_WITHIN}, and afterwards no request thread is still running. It reads the operations from the document,
 * so a new endpoint joins it by being there. Runs inside the server to see its threads.
 */
class OpenApiFuzzIT extends ProbeTest {

    private static final Logger LOG = Logger.getLogger(OpenApiFuzzIT.class.getName());
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return probe(OpenApiFuzzIT.class).addClasses(Workers.class, HostileRequests.class, HostileRequests.Request.class);
    }

    @Test
    @OperateOnDeployment("probe")
    void noHostileRequestToAnyOperationAnswersA5xxOrLeavesAThreadRunning() throws Exception {
        JsonObject document = Api.anonymous().get("/openapi?format=JSON").json();
        HostileRequests hostile = new HostileRequests(document);
        Map<String, Api> callers = new LinkedHashMap<>();
        callers.put("anonymous", Api.anonymous().from(Api.freshAddress()));
        for (String role : List.of("owner1", "agency1", "supervisor", "admin")) {
            callers.put(role, Api.demo(role).from(Api.freshAddress()));
        }

        List<Runnable> calls = new ArrayList<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        int operations = 0;
        for (Map.Entry<String, jakarta.json.JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, jakarta.json.JsonValue> entry : path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                operations++;
                String method = entry.getKey().toUpperCase();
                JsonObject operation = entry.getValue().asJsonObject();
                // an operation without an id or a body has nothing hostile to receive but its query. A GET only reads,
                // so every role sends it the hostile query too (a role-only list or export reads it only as its role);
                // any other such operation a role would run for real (mark the inbox read, revoke its own token, start a
                // sweep), so only a stranger calls it
                boolean onlyAnonymous = !method.equals("GET") && !path.getKey().contains("{") && !operation.containsKey("requestBody");
                for (HostileRequests.Request request : hostile.of(method, path.getKey(), operation)) {
                    callers.forEach((who, api) -> {
                        if ((onlyAnonymous || request.wellShaped()) && !who.equals("anonymous")) {
                            return;
                        }
                        calls.add(() -> {
                            sent.incrementAndGet();
                            long started = System.nanoTime();
                            Api.Reply reply = api.send(request.method(), request.path(), request.body(), request.contentType());
                            Duration took = Duration.ofNanos(System.nanoTime() - started);
                            statuses.computeIfAbsent(reply.status(), status -> new AtomicInteger()).incrementAndGet();
                            check(who, request, reply, took, failures);
                        });
                    });
                }
            }
        }
        // two clients, as many as the test machine has cores: more would not finish sooner, only queue, and an
        // answer's time would then be mostly its wait behind the others
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> pending = new ArrayList<>();
            calls.forEach(call -> pending.add(clients.submit(call)));
            for (Future<?> call : pending) {
                call.get();
            }
        } finally {
            clients.shutdown();
        }
        int operationCount = operations;
        LOG.info(() -> "fuzz: " + operationCount + " operations, " + sent.get() + " hostile requests, answers by status " + statuses
                + ", " + failures.size() + " failures");
        assertTrue(operations > 100, "the document lists the whole API: " + operations);
        assertTrue(failures.isEmpty(), () -> failures.size() + " bad answers, first ones:\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        Workers.assertAllIdle();
    }

    private static void check(String who, HostileRequests.Request request, Api.Reply reply, Duration took, List<String> failures) {
        String what = who + " " + request + " → " + reply.status();
        if (took.compareTo(Workers.ANSWER_WITHIN) > 0) {
            failures.add(what + " after " + took.toMillis() + " ms, more than " + Workers.ANSWER_WITHIN.toMillis() + " ms");
        }
        if (reply.status() >= 500) {
            failures.add(what + " " + abbreviated(reply.body()));
        } else if (reply.status() >= 400) {
            String type = reply.header("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                failures.add(what + " answered " + type + ": " + abbreviated(reply.body()));
            } else if (reply.json().getInt("status", -1) != reply.status()) {
                failures.add(what + " problem with another status: " + abbreviated(reply.body()));
            }
        }
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
