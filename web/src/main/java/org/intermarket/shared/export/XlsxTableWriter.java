package org.intermarket.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet Office Open XML workbook (SpreadsheetML), written as a stream: the fixed parts first,
 * then the sheet's rows as they come, with text inline (no shared-string table to keep in memory).
 * The header row is bold and frozen.
 */
final class XlsxTableWriter implements TableWriter {

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final ZipOutputStream zip;
    private final Writer sheet;

    XlsxTableWriter(OutputStream stream, String sheetName) throws IOException {
        zip = new ZipOutputStream(stream, StandardCharsets.UTF_8);
        part("[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "</Types>");
        part("_rels/.rels", XML + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + OFFICE_RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        part("xl/workbook.xml", XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + OFFICE_RELATIONSHIPS + "\">"
                + "<sheets><sheet name=\"" + escape(sheetName(sheetName)) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        part("xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + OFFICE_RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + OFFICE_RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
        part("xl/styles.xml", XML + "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
                + "</styleSheet>");
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        sheet.write(XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetViews><sheetView workbookViewId=\"0\">"
                + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><sheetData>");
    }

    @Override
    public void header(List<String> names) throws IOException {
        write(names, " s=\"1\"");
    }

    @Override
    public void row(List<?> cells) throws IOException {
        write(cells, "");
    }

    @Override
    public void close() throws IOException {
        sheet.write("</sheetData></worksheet>");
        sheet.flush();
        zip.closeEntry();
        zip.finish();
    }

    private void write(List<?> cells, String style) throws IOException {
        sheet.write("<row>");
        for (Object cell : cells) {
            if (cell instanceof Number) {
                sheet.write("<c" + style + "><v>" + Cells.text(cell) + "</v></c>");
            } else {
                sheet.write("<c t=\"inlineStr\"" + style + "><is><t xml:space=\"preserve\">" + escape(Cells.text(cell)) + "</t></is></c>");
            }
        }
        sheet.write("</row>");
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
    private static String sheetName(String name) {
        String cleaned = name.replaceAll("[:\\\\/?*\\[\\]]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    /** XML text, with the control characters XML 1.0 cannot carry dropped. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
