package org.intermarket.shared.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Reads every JSON request body in full, bounded in size, and has {@link JsonBodies} check it before JSON-B
 * sees it. Why not let JSON-B read the stream: Yasson skips an unknown property with Parsson's
 * {@code skipObject()}, which never notices the end of the input (eclipse-ee4j/parsson#23), so a body cut
 * off inside an unknown property (<code>{"a":{"a":</code>) kept a worker thread at full CPU for ever. A body
 * that passed the check is complete and well nested, so nothing downstream can run off its end.
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        refuseDeclaredOversize(context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH));
        byte[] body = readBounded(context.getInputStream());
        if (body.length > 0) {
            JsonBodies.check(body).ifPresent(refusal -> {
                throw new WebApplicationException(Problems.of(refusal.status(), refusal.code(), refusal.detail(),
                        refusal.field() == null ? List.of() : List.of(new Problem.FieldProblem(refusal.field(), refusal.detail()))));
            });
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static boolean isJson(MediaType type) {
        if (type == null) {
            return false;
        }
        String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
        return subtype.equals("json") || subtype.endsWith("+json");
    }

    private static void refuseDeclaredOversize(String contentLength) {
        Optional.ofNullable(contentLength).map(String::strip).filter(value -> value.matches("\\d{1,18}"))
                .map(Long::parseLong).filter(length -> length > JsonBodies.MAX_BYTES)
                .ifPresent(length -> {
                    throw tooLarge();
                });
    }

    /** The whole body, refused as soon as it grows past the limit, whatever its Content-Length said. */
    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            if (body.size() + read > JsonBodies.MAX_BYTES) {
                throw tooLarge();
            }
            body.write(buffer, 0, read);
        }
        return body.toByteArray();
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException(Problems.of(413, "payload-too-large",
                "a JSON body is at most " + JsonBodies.MAX_BYTES + " bytes"));
    }
}
