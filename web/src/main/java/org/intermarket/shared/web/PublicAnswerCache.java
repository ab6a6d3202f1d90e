package org.intermarket.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.intermarket.shared.MarketChanges;
import org.intermarket.shared.MarketClock;
import org.intermarket.shared.api.ConditionalGet;
import org.intermarket.shared.api.EntityTags;
import org.intermarket.shared.web.KeptAnswers.Kept;

/**
 * Serves the market's public reads (needs, notices, the catalog, the directory, rankings; as pages and through the
 * API) to anonymous readers from answers rendered moments ago, the way a reverse proxy in front of the server would,
 * but knowing when the data changed: an answer is rendered again after any change this server commits, after the
 * market's clock is moved, and at the latest {@link KeptAnswers#LIFETIME} after it was rendered (the bound for changes
 * made by another node or that follow from time alone, such as a deadline passing before the need is closed).
 *
 * <p>Only what no one's identity can alter is kept: a request with credentials of any kind (an {@code Authorization}
 * header, a session cookie, a known caller) is never answered from here nor kept, and an answer is kept only when it
 * is a 200 of JSON or HTML that set no cookie, started no session and was not marked {@code no-store} (the API's own
 * caching, {@code HttpCaching}, marks what no one may keep). Anonymous pages are rendered without view state
 * (the template's view is transient for them), so a kept page holds nothing of a reader. The page's language is part
 * of the request's key, and so is the scheme (answers over TLS carry HSTS).
 *
 * <p>A reader who asks with {@code Cache-Control: no-cache} gets a fresh rendering, which is then kept. Conditional
 * requests are answered 304 from the kept tag, so a browser's revalidation costs no rendering either.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class PublicAnswerCache extends HttpFilter {

    /** The anonymous pages whose content is the same for every reader of one language. */
    static final Set<String> PAGES = Set.of("/", "/index.xhtml", "/needs.xhtml", "/need.xhtml", "/notice.xhtml",
            "/catalog.xhtml", "/item.xhtml", "/mandatory-list.xhtml", "/agencies.xhtml", "/agency.xhtml", "/rankings.xhtml");
    /** The public reads of the API, by the start of their path. */
    static final List<String> API = List.of("/api/v1/needs", "/api/v1/catalog/", "/api/v1/agencies", "/api/v1/rankings");
    /** Headers that belong to one exchange, not to the answer. */
    private static final Set<String> NOT_REPLAYED = Set.of("date", "set-cookie", "content-length", "content-type",
            "transfer-encoding", "connection", "age", "keep-alive", "etag");

    private static final String NOT_TO_KEEP = PublicAnswerCache.class.getName() + ".notToKeep";

    private final KeptAnswers kept = new KeptAnswers();

    /**
     * Says that the answer being rendered will read differently in a moment with nothing changed but the time (a
     * {@code Last-Modified} withheld until its second is over), so it is not kept.
     */
    public static void doNotKeep(HttpServletRequest request) {
        request.setAttribute(NOT_TO_KEEP, Boolean.TRUE);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || !publicRead(path) || !anonymous(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request, path);
        long changes = MarketChanges.committed();
        Duration clockOffset = MarketClock.offset();
        long now = System.nanoTime();
        Kept answer = revalidating(request) ? null : kept.current(key, changes, clockOffset, now);
        if (answer != null) {
            replay(answer, request, response, now);
            return;
        }
        RecordedAnswer recorded = new RecordedAnswer(response);
        chain.doFilter(request, recorded);
        byte[] body = recorded.bytes();
        if (keepable(request, recorded)) {
            Kept rendered = new Kept(changes, clockOffset, now, response.getContentType(), headersOf(response), body, tagOf(response, body));
            kept.keep(key, rendered, now);
            response.setHeader("ETag", rendered.tag());
        }
        send(response, body);
    }

    static boolean publicRead(String path) {
        if (PAGES.contains(path)) {
            return true;
        }
        for (String start : API) {
            if (path.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anonymous(HttpServletRequest request) {
        return request.getHeader("Authorization") == null && request.getRequestedSessionId() == null
                && request.getUserPrincipal() == null;
    }

    /** The address, the page's language, what the reader accepts, and whether it came over TLS. */
    private static String key(HttpServletRequest request, String path) {
        String query = request.getQueryString();
        return (request.isSecure() ? "s " : "- ") + LanguageFilter.languageOf(request).tag() + ' ' + request.getHeader("Accept") + ' '
                + path + (query == null ? "" : '?' + query);
    }

    private static boolean revalidating(HttpServletRequest request) {
        String cacheControl = request.getHeader("Cache-Control");
        return (cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache"))
                || request.getHeader("Pragma") != null;
    }

    private static boolean keepable(HttpServletRequest request, RecordedAnswer response) {
        String type = response.getContentType();
        String cacheControl = response.getHeader("Cache-Control");
        return response.getStatus() == 200 && !response.isCommitted() && !response.setsCookie() && request.getAttribute(NOT_TO_KEEP) == null
                && (cacheControl == null || !cacheControl.contains("no-store"))
                && request.getSession(false) == null && type != null
                && (type.startsWith("text/html") || type.startsWith("application/json"));
    }

    /** The tag the API's own caching gave it, else one of its bytes (a page). */
    private static String tagOf(HttpServletResponse response, byte[] body) {
        String tag = response.getHeader("ETag");
        return tag != null ? tag : EntityTags.weakOf(body);
    }

    private static Map<String, List<String>> headersOf(HttpServletResponse response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        return headers;
    }

    private static void replay(Kept answer, HttpServletRequest request, HttpServletResponse response, long now) throws IOException {
        answer.headers().forEach((name, values) -> {
            response.setHeader(name, values.get(0));
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        response.setHeader("ETag", answer.tag());
        response.setHeader("Age", Long.toString(answer.ageSeconds(now)));
        ConditionalGet conditions = new ConditionalGet(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"));
        if (conditions.alreadyHeld(answer.tag(), answer.lastModified())) {
            response.setStatus(304);
            return;
        }
        response.setContentType(answer.contentType());
        send(response, answer.body());
    }

    private static void send(HttpServletResponse response, byte[] body) throws IOException {
        if (response.isCommitted() || body.length == 0) {
            return;
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
