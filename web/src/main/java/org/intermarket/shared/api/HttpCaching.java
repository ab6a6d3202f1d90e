package org.intermarket.shared.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Date;
import java.util.Set;

/**
 * How long, and for whom, an answer of the API may be kept; and {@code 304 Not Modified} for a client that already
 * holds the current one.
 *
 * <ul>
 * <li>Anything asked with credentials (an {@code Authorization} header, a page session's cookie, a known caller) is
 * {@code private, no-store}: it may hold the caller's own data, and no cache, not even the browser's disk, should
 * keep it.</li>
 * <li>An anonymous {@code GET} or {@code HEAD} answered 200 with JSON is public data: it gets a weak entity tag of
 * its bytes, {@code Cache-Control: max-age=}{@value #SHARED_SECONDS}, and {@code Vary: Authorization, Cookie}, so
 * that a cache never hands it to a signed-in caller, whose answer may differ (an owner sees its own drafts). A
 * conditional request naming that tag gets a 304 with no body.</li>
 * <li>Everything else (errors, 204s, changes, files) is {@code no-store}: an error must not outlive its cause, and a
 * problem is never answered 304.</li>
 * </ul>
 * An answer that already says how to cache it (an export marked {@code no-store}) is left as it is.
 *
 * <p>One mechanism for every public read, rather than a version or a change time per resource: the tag is made from
 * exactly the bytes the client would receive, so it changes whenever anything in them does, including what the
 * market's clock alone reveals (a need's {@code bidCount} once its deadline has passed, a status that follows from
 * a date) and what other tables contribute (an agency's name in a notice). A per-resource version would have to
 * know all of that and would, one day, forget something. Building the answer to say 304 is saved by the server's own
 * keeping of public answers ({@code PublicAnswerCache}), which serves the tag without rendering; shared caches may
 * keep the answer for {@value #SHARED_SECONDS} seconds from its rendering (the kept answer carries {@code Age}): a
 * public page of the market is at most that much older than its last change, and the closing of a need already waits
 * longer than that after its deadline. A resource that knows
 * its true last change cheaply adds {@code Last-Modified} itself ({@link LastModified}); it is then honoured for
 * {@code If-Modified-Since}.
 */
@Provider
public class HttpCaching implements ContainerResponseFilter {

    /** How long a shared cache (or a browser) may reuse an anonymous answer without asking again. */
    public static final int SHARED_SECONDS = 5;
    static final String PERSONAL = "private, no-store";
    static final String NOT_KEPT = "no-store";
    static final String SHARED = "max-age=" + SHARED_SECONDS;
    /**
     * What, besides the address, the answer to an anonymous read depends on: only whether the caller is someone. No
     * public read speaks the caller's language (only the inbox does, and it is personal); one that did would add
     * {@code Accept-Language}. Added to, not replacing, whatever a resource already varies on.
     */
    static final String VARY = "Authorization, Cookie";
    private static final Set<String> READS = Set.of("GET", "HEAD");

    @Context
    private Providers providers;

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            return;
        }
        if (personal(request)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PERSONAL);
            return;
        }
        if (!publicRead(request, response)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NOT_KEPT);
            return;
        }
        byte[] body = serialized(response);
        if (body == null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NOT_KEPT);
            return;
        }
        String tag = EntityTags.weakOf(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, SHARED);
        response.getHeaders().add(HttpHeaders.VARY, VARY);
        Date lastModified = response.getLastModified();
        ConditionalGet conditions = new ConditionalGet(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE));
        if (conditions.alreadyHeld(tag, lastModified == null ? null : lastModified.toInstant())) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        } else {
            // The bytes just hashed are what is sent: the answer is not serialized twice.
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
    }

    /** Credentials of any kind, even ones the mechanism did not accept: such an answer is never shared. */
    private boolean personal(ContainerRequestContext request) {
        return request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || servletRequest.getRequestedSessionId() != null
                || request.getSecurityContext().getUserPrincipal() != null;
    }

    private static boolean publicRead(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        return READS.contains(request.getMethod()) && response.getStatus() == 200 && entity != null && json(response.getMediaType())
                && !(entity instanceof StreamingOutput || entity instanceof InputStream || entity instanceof File || entity instanceof Path);
    }

    private static boolean json(MediaType type) {
        return type != null && type.getType().equals("application")
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    /** The body exactly as the writer JAX-RS would pick writes it; null without one (JAX-RS then fails as it would have). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private byte[] serialized(ContainerResponseContext response) throws IOException {
        MessageBodyWriter writer = providers.getMessageBodyWriter(response.getEntityClass(), response.getEntityType(),
                response.getEntityAnnotations(), response.getMediaType());
        if (writer == null) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        writer.writeTo(response.getEntity(), response.getEntityClass(), response.getEntityType(), response.getEntityAnnotations(),
                response.getMediaType(), response.getHeaders(), out);
        return out.toByteArray();
    }
}
