package org.respnet.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An Excel task list built from 23 (六安 2021 task list): a header row, the section heading as a row merged across
 * all columns, then one row per task with its number (a number cell), text, lead unit, participating units and
 * deadline (a date cell shown in Chinese date format), as such lists are kept in Excel.
 */
final class XlsxFixtures {

    static final String SHEET = "任务清单";
    static final String HIDDEN_SHEET = "填表说明";
    static final List<String> HEADER = List.of("序号", "重点工作任务", "牵头单位", "配合单位", "完成时限");
    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+、.*");
    private static final Pattern TASK = Pattern.compile("^(\\d{1,3})\\.\\s*(.*)$");
    private static final Pattern LABELLED = Pattern.compile("^(牵头责任单位|协同责任单位|完成时限)[:：](.*)$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");

    /** A task of 23: number, text, lead unit, participants, deadline ("" when the source gives none). */
    record Task(int number, String text, String lead, String participants, String deadline) {
    }

    /** A line of the sheet: a section heading, or a task. */
    record Entry(String section, Task task) {
    }

    private XlsxFixtures() {
    }

    static List<Entry> luanEntries() {
        List<Entry> entries = new ArrayList<>();
        Task task = null;
        for (String line : TrainTexts.nonBlankLines(TrainTexts.LUAN)) {
            Matcher t = TASK.matcher(line);
            Matcher l = LABELLED.matcher(line);
            if (SECTION.matcher(line).matches()) {
                task = flush(entries, task);
                entries.add(new Entry(line, null));
            } else if (t.matches()) {
                task = flush(entries, task);
                task = new Task(Integer.parseInt(t.group(1)), t.group(2), "", "", "");
            } else if (l.matches() && task != null) {
                String value = withoutFullStop(l.group(2).strip());
                task = switch (l.group(1)) {
                    case "牵头责任单位" -> new Task(task.number(), task.text(), value, task.participants(), task.deadline());
                    case "协同责任单位" -> new Task(task.number(), task.text(), task.lead(), value, task.deadline());
                    default -> new Task(task.number(), task.text(), task.lead(), task.participants(), value);
                };
            }
        }
        flush(entries, task);
        return entries;
    }

    private static Task flush(List<Entry> entries, Task task) {
        if (task != null) {
            entries.add(new Entry(null, task));
        }
        return null;
    }

    /** A table cell holds the unit names without the sentence's closing 。. */
    private static String withoutFullStop(String value) {
        return value.endsWith("。") ? value.substring(0, value.length() - 1) : value;
    }

    /** Writes the task list; the preamble goes to a hidden instructions sheet, which a reader must not show. */
    static Path taskList(Path file, List<Entry> entries, String hiddenNote) throws IOException {
        return taskList(file, entries, hiddenNote, new XSSFWorkbook());
    }

    /** The same list in Excel 97-2003 format (.xls), which the reader opens through the same POI interface. */
    static Path legacyTaskList(Path file, List<Entry> entries) throws IOException {
        return taskList(file, entries, "", new HSSFWorkbook());
    }

    private static Path taskList(Path file, List<Entry> entries, String hiddenNote, Workbook book) throws IOException {
        try (Workbook workbook = book; OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            int r = 1;
            for (Entry entry : entries) {
                Row row = sheet.createRow(r);
                if (entry.section() != null) {
                    row.createCell(0).setCellValue(entry.section());
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADER.size() - 1));
                } else {
                    Task task = entry.task();
                    row.createCell(0).setCellValue(task.number());
                    row.createCell(1).setCellValue(task.text());
                    row.createCell(2).setCellValue(task.lead());
                    row.createCell(3).setCellValue(task.participants());
                    Matcher date = DATE.matcher(task.deadline());
                    if (date.matches()) {
                        var cell = row.createCell(4);
                        cell.setCellValue(LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                                Integer.parseInt(date.group(3))));
                        cell.setCellStyle(dateStyle);
                    } else if (!task.deadline().isEmpty()) {
                        row.createCell(4).setCellValue(task.deadline());
                    }
                }
                r++;
            }
            Sheet hidden = workbook.createSheet(HIDDEN_SHEET);
            hidden.createRow(0).createCell(0).setCellValue(hiddenNote);
            workbook.setSheetHidden(workbook.getSheetIndex(HIDDEN_SHEET), true);
            workbook.write(out);
        }
        return file;
    }

    /** How Excel shows the deadline cell: the date as the source wrote it, zero-padding aside. */
    static String shownDeadline(String deadline) {
        Matcher date = DATE.matcher(deadline);
        if (!date.matches()) {
            return deadline;
        }
        LocalDate d = LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
        return d.format(DateTimeFormatter.ofPattern("yyyy'年'M'月'd'日'"));
    }
}
