package org.intermarket.shared.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.intermarket.files.FileStore;
import org.intermarket.files.StoredFile;
import org.intermarket.settings.SettingKey;
import org.intermarket.settings.SettingsService;
import org.intermarket.shared.PayloadTooLargeException;

/** Uploads and downloads over HTTP; access checks are the services' business, done before these. */
@ApplicationScoped
public class FileResponses {

    @Inject
    private FileStore store;

    @Inject
    private SettingsService settings;

    /** 413 before reading a byte when the client announces a body over the limit. */
    public void refuseDeclaredOversize(String contentLength) {
        long limit = settings.current().count(SettingKey.MAX_UPLOAD_BYTES);
        if (contentLength != null && contentLength.matches("\\d{1,19}") && Long.parseLong(contentLength) > limit) {
            throw new PayloadTooLargeException(limit);
        }
    }

    /** Streams a stored file as an attachment: never rendered inline, never type-sniffed by the browser. */
    public Response download(StoredFile file) {
        byte[] body = store.read(file.sha256());
        String encoded = URLEncoder.encode(file.originalName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, file.contentType())
                .header("Content-Length", file.size())
                .header("Content-Disposition", "attachment; filename=\"download\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + file.sha256())
                .build();
    }
}
