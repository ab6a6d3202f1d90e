package org.intermarket.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A small HTTP client for the REST API, as any other system would call it. */
public final class Api {

    /**
     * The server under test. Outside it the test run's it.port.offset says where; a probe runs inside the server, whose
     * own port offset is the same number (without the fallback a probe would call whatever listens on 8080).
     */
    public static final String BASE = "http://localhost:" + (8080 + Integer.getInteger("it.port.offset",
            Integer.getInteger("jboss.socket.binding.port-offset", 0)));
    public static final String DEMO_PASSWORD = "demo12345";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Map<String, DemoSession> DEMO_SESSIONS = new ConcurrentHashMap<>();
    /** Starts at a random point, so that two runs against one server do not share addresses either. */
    private static final AtomicInteger SOURCES = new AtomicInteger(java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 17));

    /**
     * HTTP/1.1, as a browser speaks to a plain-HTTP server and as the suite's other clients do. Left to its default the
     * JDK's client asks the server to upgrade to HTTP/2 (h2c), and an upgraded GET once waited 60 s for an answer that
     * never came (CI, CatalogApiIT).
     */
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private final String authorization;
    /** The client address a (trusted) proxy reports for this client; the test server trusts its loopback. */
    private final String forwardedFor;

    private Api(String authorization) {
        this(BASE, authorization, null);
    }

    private Api(String base, String authorization, String forwardedFor) {
        this.base = base;
        this.authorization = authorization;
        this.forwardedFor = forwardedFor;
    }

    /** The same client calling from another address, as a reverse proxy in front of the server reports it. */
    public Api from(String address) {
        return new Api(base, authorization, address);
    }

    /** The same client calling another server (a test's own server copy). */
    public Api at(String otherBase) {
        return new Api(otherBase, authorization, forwardedFor);
    }

    /** Signs in on another server. */
    public static Api signIn(String otherBase, String username, String password) {
        Reply reply = basic(username, password).at(otherBase).post("/api/v1/tokens", null);
        if (reply.status() != 201) {
            throw new IllegalStateException("sign-in of " + username + " on " + otherBase + " failed: " + reply);
        }
        return bearer(reply.json().getString("token")).at(otherBase);
    }

    /**
     * An address no other test uses (198.18.0.0/15, set aside for tests), so that one test's failed sign-ins never
     * throttle another's: the server counts failures per source address.
     */
    public static String freshAddress() {
        int n = SOURCES.incrementAndGet();
        return "198." + (18 + (n >> 16 & 1)) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public static Api basic(String username, String password) {
        return new Api("Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static Api bearer(String token) {
        return new Api("Bearer " + token);
    }

    /** Signs in with the password once and returns a client that uses the bearer token. */
    public static Api signIn(String username, String password) {
        Reply reply = basic(username, password).post("/api/v1/tokens", null);
        if (reply.status() != 201) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + reply);
        }
        return bearer(reply.json().getString("token"));
    }

    /** Signs in from an address, which the server then knows as one its holder signs in from. */
    public static Api signInFrom(String username, String password, String address) {
        Reply reply = basic(username, password).from(address).post("/api/v1/tokens", null);
        if (reply.status() != 201) {
            throw new IllegalStateException("sign-in of " + username + " from " + address + " failed: " + reply);
        }
        return bearer(reply.json().getString("token"));
    }

    /**
     * A demo account's client, signed in once for the test JVM and again when the market's clock (which tests move
     * forward by days) comes within an hour of its token's expiry. A sign-in is a deliberate 600,000-round hash, and
     * the suite asks for the demo accounts hundreds of times; a test that revokes a token signs in for a token of its own.
     */
    public static Api demo(String username) {
        DemoSession kept = DEMO_SESSIONS.get(username);
        if (kept != null && TestClock.now().plus(Duration.ofHours(1)).isBefore(kept.expires())) {
            return kept.api();
        }
        Reply reply = basic(username, DEMO_PASSWORD).post("/api/v1/tokens", null);
        if (reply.status() != 201) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + reply);
        }
        DemoSession fresh = new DemoSession(bearer(reply.json().getString("token")), Instant.parse(reply.json().getString("expiresAt")));
        DEMO_SESSIONS.put(username, fresh);
        return fresh.api();
    }

    record DemoSession(Api api, Instant expires) {
    }

    /** A name no earlier test or run used: tests never depend on each other's data. */
    public static String unique(String prefix) {
        return prefix + Long.toString(System.currentTimeMillis() % 100_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    /** A JSON array of strings as a list. */
    public static java.util.List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    /** A GET or HEAD with headers of the test's choosing: a conditional request's validators, a cookie. */
    public Reply read(String method, String path, Map<String, String> headers) {
        return new Reply(exchange(method, path, HttpRequest.BodyPublishers.noBody(), null, headers,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    public Reply post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Reply send(String method, String path, String body, String contentType) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        return new Reply(exchange(method, path, publisher, contentType, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    /** Sends a body as the publisher gives it: slowly, say, as a client on a bad line does. */
    public Reply sendPublished(String method, String path, HttpRequest.BodyPublisher body, String contentType) {
        return new Reply(exchange(method, path, body, contentType, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    /**
     * A body of unknown length whose first part goes at once and whose rest (which may be empty) only once
     * {@code release} opens, as from a client on a bad line. A thread of its own waits for the release: a body read from
     * an {@code InputStream} is read ahead by the thread that writes it, and over HTTP/1.1 that held back the first
     * part too, so the server never saw it.
     */
    public static HttpRequest.BodyPublisher heldBody(byte[] first, CountDownLatch release, Duration patience, byte[] rest) {
        return HttpRequest.BodyPublishers.fromPublisher(subscriber -> {
            SubmissionPublisher<ByteBuffer> parts = new SubmissionPublisher<>();
            parts.subscribe(subscriber);
            Thread sender = new Thread(() -> {
                parts.submit(ByteBuffer.wrap(first));
                try {
                    if (!release.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                        parts.closeExceptionally(new IOException("the rest of the body was never let go"));
                        return;
                    }
                    if (rest.length > 0) {
                        parts.submit(ByteBuffer.wrap(rest));
                    }
                    parts.close();
                } catch (InterruptedException e) {
                    parts.closeExceptionally(e);
                }
            }, "held request body");
            sender.setDaemon(true);
            sender.start();
        });
    }

    /** PUTs raw bytes, as a file upload. */
    public Reply upload(String path, byte[] content, String contentType) {
        return new Reply(exchange("PUT", path, HttpRequest.BodyPublishers.ofByteArray(content), contentType,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    /** POSTs raw bytes: a file upload by POST, or a hand-made multipart body. */
    public Reply postBytes(String path, byte[] content, String contentType) {
        return new Reply(exchange("POST", path, HttpRequest.BodyPublishers.ofByteArray(content), contentType,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    public HttpResponse<byte[]> download(String path) {
        return exchange("GET", path, HttpRequest.BodyPublishers.noBody(), null, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A GET whose body is read line by line as it arrives, never whole. */
    public HttpResponse<java.util.stream.Stream<String>> lines(String path) {
        return exchange("GET", path, HttpRequest.BodyPublishers.noBody(), null, HttpResponse.BodyHandlers.ofLines());
    }

    private <T> HttpResponse<T> exchange(String method, String path, HttpRequest.BodyPublisher body, String contentType,
                                         HttpResponse.BodyHandler<T> handler) {
        return exchange(method, path, body, contentType, Map.of(), handler);
    }

    private <T> HttpResponse<T> exchange(String method, String path, HttpRequest.BodyPublisher body, String contentType,
                                         Map<String, String> headers, HttpResponse.BodyHandler<T> handler) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body);
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return client.send(request.build(), handler);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body read as JSON on demand. */
    public record Reply(int status, HttpResponse<String> response) {

        Reply(HttpResponse<String> response) {
            this(response.statusCode(), response);
        }

        public String body() {
            return response.body();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.readObject();
            }
        }

        public JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.readArray();
            }
        }

        @Override
        public String toString() {
            return status + " " + body();
        }
    }
}
