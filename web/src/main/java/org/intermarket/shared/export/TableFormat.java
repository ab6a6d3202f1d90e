package org.intermarket.shared.export;

import java.io.IOException;
import java.io.OutputStream;

/** The file formats of table exports. */
public enum TableFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    TableFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    TableWriter open(OutputStream out, String title) throws IOException {
        return this == CSV ? new CsvTableWriter(out) : new XlsxTableWriter(out, title);
    }
}
