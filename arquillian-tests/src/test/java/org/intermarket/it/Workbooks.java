package org.intermarket.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an exported workbook back with Apache POI, as a spreadsheet program would: the first sheet's
 * cells as text or numbers. Client side only (POI is not in the probe WARs), so tests keep POI types
 * out of their own signatures.
 */
final class Workbooks {

    /** The first sheet: its rows, each a list of String (text cells) and Double (numeric cells). */
    record Table(List<List<Object>> rows, boolean headerBold) {
    }

    private Workbooks() {
    }

    static Table read(byte[] xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<Object>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<Object> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue() : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            boolean bold = sheet.getRow(0) != null
                    && workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold();
            return new Table(rows, bold);
        } catch (IOException e) {
            throw new UncheckedIOException("not a workbook", e);
        }
    }
}
