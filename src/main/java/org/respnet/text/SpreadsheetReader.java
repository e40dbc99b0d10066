package org.respnet.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Spreadsheets (.xlsx, and .xls through the same POI interface): every visible sheet in order, one line per row
 * that holds anything, cells as Excel shows them, separated by tabs from the first to the last used column.
 * A merged region gives its value once, in its first cell; a region across all used columns is a section row and
 * becomes a line holding only its text.
 */
final class SpreadsheetReader {

    private static final Pattern QUOTED_LITERAL = Pattern.compile("\"([^\"A-Za-z]*)\"");
    private static final Pattern ESCAPED_CHAR = Pattern.compile("\\\\([^A-Za-z])");

    private SpreadsheetReader() {
    }

    static DecodedText decode(String name, byte[] bytes, String format) {
        String label = format.equals("xls") ? "Excel 97-2003 (.xls)" : "Excel (.xlsx)";
        TextLines lines = new TextLines();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            // the values Excel last computed, as shown; evaluating formulas here could fail on external links
            formatter.setUseCachedValuesForFormulaCells(true);
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                if (!workbook.isSheetHidden(s) && !workbook.isSheetVeryHidden(s)) {
                    addSheet(workbook.getSheetAt(s), formatter, lines);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw OfficeErrors.unreadable(name, label, e);
        }
        return lines.toDecodedText(name, format);
    }

    private static void addSheet(Sheet sheet, DataFormatter formatter, TextLines lines) {
        Map<Long, CellRangeAddress> mergedStarts = new HashMap<>();
        Map<Long, CellRangeAddress> mergedCovered = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            mergedStarts.put(key(region.getFirstRow(), region.getFirstColumn()), region);
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    if (r != region.getFirstRow() || c != region.getFirstColumn()) {
                        mergedCovered.put(key(r, c), region);
                    }
                }
            }
        }
        // the used columns: from the first to the last column holding a value anywhere on the sheet
        int firstCol = Integer.MAX_VALUE;
        int lastCol = -1;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (!value(cell, formatter).isEmpty() && !mergedCovered.containsKey(key(row.getRowNum(), cell.getColumnIndex()))) {
                    firstCol = Math.min(firstCol, cell.getColumnIndex());
                    lastCol = Math.max(lastCol, cell.getColumnIndex());
                }
            }
        }
        if (lastCol < 0) {
            return;
        }
        String sheetPlace = "sheet " + sheet.getSheetName();
        for (Row row : sheet) {
            int r = row.getRowNum();
            List<String> cells = new ArrayList<>();
            for (int c = firstCol; c <= lastCol; c++) {
                Cell cell = row.getCell(c);
                boolean covered = mergedCovered.containsKey(key(r, c));
                cells.add(cell == null || covered ? "" : TextLines.paragraphText(value(cell, formatter)));
            }
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            String place = sheetPlace + ", row " + (r + 1);
            CellRangeAddress region = mergedStarts.get(key(r, firstCol));
            boolean onlyFirst = cells.stream().skip(1).allMatch(String::isEmpty);
            if (region != null && region.getLastColumn() >= lastCol && onlyFirst && firstCol < lastCol) {
                lines.add(cells.get(0), place);
            } else {
                lines.addRow(cells, place);
            }
        }
    }

    private static String value(Cell cell, DataFormatter formatter) {
        if (isNumeric(cell) && DateUtil.isCellDateFormatted(cell)) {
            CellStyle style = cell.getCellStyle();
            String format = plainDateFormat(style.getDataFormatString());
            return formatter.formatRawCellContents(cell.getNumericCellValue(), style.getDataFormat(), format).strip();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static boolean isNumeric(Cell cell) {
        return cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC;
    }

    /**
     * POI shows the quotes of a date format's literal text ({@code yyyy"年"m"月"d"日"}, Excel's Chinese date format,
     * comes out as {@code 2021"年"12"月"31"日"}); literals without Latin letters are unquoted here, where they
     * cannot be mistaken for date codes.
     */
    static String plainDateFormat(String format) {
        if (format == null) {
            return null;
        }
        return QUOTED_LITERAL.matcher(ESCAPED_CHAR.matcher(format).replaceAll("$1")).replaceAll("$1");
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }
}
