package org.intermarket.shared.export;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;

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

    /**
     * Reads a paged list from its first page to its last, the largest pages a service serves, and hands
     * each item to {@code each} with its position in the whole list (from 0).
     */
    public static <T> void readAll(Function<PageRequest, Page<T>> reader, ObjIntConsumer<T> each) {
        Page<T> page;
        int number = 0;
        do {
            PageRequest slice = new PageRequest(number++, PageRequest.MAX_SIZE);
            page = reader.apply(slice);
            for (int i = 0; i < page.items().size(); i++) {
                each.accept(page.items().get(i), slice.offset() + i);
            }
        } while ((long) number * PageRequest.MAX_SIZE < page.total());
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
