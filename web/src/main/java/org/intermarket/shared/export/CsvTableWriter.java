package org.intermarket.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8, with a byte-order mark so that Excel opens Chinese text correctly.
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
final class CsvTableWriter implements TableWriter {

    private final Writer out;

    CsvTableWriter(OutputStream stream) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write('\uFEFF');
    }

    @Override
    public void header(List<String> names) throws IOException {
        row(names);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object cell = cells.get(i);
            out.write(quoted(cell instanceof Number ? Cells.text(cell) : defused(Cells.text(cell))));
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    private static String defused(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String quoted(String text) {
        boolean plain = text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
    }
}
