package org.intermarket.shared.export;

import java.io.IOException;
import java.util.List;

/**
 * Writes a table row by row to a stream, never holding more than the row at hand. Cells are text,
 * numbers ({@link Number}), times ({@link java.time.Instant}, written in the market's zone) or null.
 */
public interface TableWriter extends AutoCloseable {

    void header(List<String> names) throws IOException;

    void row(List<?> cells) throws IOException;

    /** Ends the document (XLSX needs its closing parts); does not close the underlying stream. */
    @Override
    void close() throws IOException;
}
