package org.intermarket.shared.export;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table download: headers, then rows pushed by {@code rows} while the response is being written, so
 * that nothing but the current row is held (the response is chunked, without a length).
 */
public final class TableExport {

    /** Pushes a table's rows into a writer. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(RowSink sink);
    }

    /** Where rows go; an I/O failure (the client went away) ends the export. */
    @FunctionalInterface
    public interface RowSink {
        void row(List<?> cells);
    }

    private TableExport() {
    }

    public static Response response(TableFormat format, String fileName, List<String> headers, Rows rows) {
        StreamingOutput body = out -> {
            try (TableWriter writer = format.open(out, fileName)) {
                writer.header(headers);
                rows.writeTo(cells -> {
                    try {
                        writer.row(cells);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        };
        String encoded = URLEncoder.encode(fileName + "." + format.extension(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"export." + format.extension() + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }
}
