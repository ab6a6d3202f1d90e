package org.intermarket.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import org.intermarket.shared.api.QueryParams;

/** The file formats of table exports. */
public enum TableFormat {
    CSV(TableFormat.CSV_TYPE + "; charset=UTF-8", "csv"),
    XLSX(TableFormat.XLSX_TYPE, "xlsx");

    /** For {@code @Produces} on export resources. */
    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    TableFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The ?format= of an export: CSV or XLSX, XLSX when absent; anything else is a 400 naming the parameter. */
    public static TableFormat of(String format) {
        TableFormat chosen = QueryParams.enumeration("format", format, TableFormat.class);
        return chosen == null ? XLSX : chosen;
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
