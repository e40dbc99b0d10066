package org.respnet.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.respnet.parse.Labels.Role;

/**
 * A task table (任务分工表, 重点任务清单) as it reaches the parser: rows on lines with cells separated by tabs,
 * {@code |} or runs of spaces, or flattened one cell per line. Columns are known by their header cells only
 * (序号; 任务/工作/内容/事项/措施; 牵头/主要责任, 配合/协同/参与, 责任 单位; 时限/时间节点; 责任领导), so the
 * progress columns of a report (落实情况, 完成状态) assign nothing. A row starts at a 序号 cell; lines that do not
 * start a row continue the cell they wrap; section rows ({@code 一、…}) open sections; repeated headers are skipped.
 */
final class TaskTable {

    enum ColumnKind { NUMBER, TEXT, RESPONSIBILITY, OTHER }

    record Column(String header, ColumnKind kind, Role role) {
    }

    /** One row read: its cells in column order, where it starts, and its clause as found. */
    record Row(int lineNo, String number, List<String> cells, String clause, int clauseLine) {
    }

    /** What the table holds in document order: rows, and section rows between them. */
    sealed interface Entry permits RowEntry, SectionEntry {
    }

    record RowEntry(Row row) implements Entry {
    }

    record SectionEntry(Line line) implements Entry {
    }

    private static final Pattern NUMBER_HEADER = Pattern.compile("^(序号|编号|序|No\\.?)$");
    private static final Pattern TEXT_HEADER = Pattern.compile("任务|工作|内容|事项|措施|举措|目标|项目");
    private static final Pattern FIELD_WORD = Pattern.compile("^(单位|部门|机构|领导|时限|时间|节点|情况|内容|事项)$");
    private static final Pattern INTEGER = Pattern.compile("^\\d{1,4}$");
    private static final Pattern RUN_OF_SPACES = Pattern.compile("\\s+");

    final List<Column> columns;
    final int headerIndex;
    final List<Entry> entries = new ArrayList<>();
    private final List<Line> lines;

    private TaskTable(List<Line> lines, List<Column> columns, int headerIndex) {
        this.lines = lines;
        this.columns = columns;
        this.headerIndex = headerIndex;
    }

    /** The first task table in the lines, if any: a header naming a number, a task and a unit column. */
    static Optional<TaskTable> find(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            // Every header names its number column; the test keeps a million-line plan from being split cell by cell.
            if (line.isBlank() || !(line.raw().contains("序") || line.raw().contains("编号") || line.raw().contains("No"))) {
                continue;
            }
            List<String> cells = cells(line.raw());
            if (cells.size() >= 3 && isHeader(cells)) {
                TaskTable table = new TaskTable(lines, columnsOf(cells), i);
                table.readDelimitedRows(lines, i + 1, line.raw());
                return Optional.of(table);
            }
            if (NUMBER_HEADER.matcher(line.rest()).matches()) {
                Optional<TaskTable> flattened = flattened(lines, i);
                if (flattened.isPresent()) {
                    return flattened;
                }
            }
        }
        return Optional.empty();
    }

    // ---- rows on lines -------------------------------------------------------------------------------------------

    private void readDelimitedRows(List<Line> lines, int from, String headerRaw) {
        String header = String.join(" ", cells(headerRaw));
        List<String> current = null;
        List<Integer> currentLines = null;
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = cells(line.raw());
            if (String.join(" ", cells).equals(header)) {
                continue;
            }
            if (INTEGER.matcher(cells.get(0)).matches() && cells.size() > 1) {
                flush(current, currentLines);
                current = fitted(cells);
                currentLines = new ArrayList<>(List.of(line.lineNo()));
            } else if (line.kind() == Line.Kind.SECTION && nonEmpty(cells) == 1) {
                flush(current, currentLines);
                current = null;
                entries.add(new SectionEntry(line));
            } else if (current != null) {
                continueRow(current, cells);
                currentLines.add(line.lineNo());
            }
        }
        flush(current, currentLines);
    }

    /** Cells beyond the header's count belong to the task text, which may hold spaces; missing ones are empty. */
    private List<String> fitted(List<String> cells) {
        List<String> row = new ArrayList<>(cells);
        int text = indexOf(ColumnKind.TEXT);
        while (row.size() > columns.size() && text >= 0 && text + 1 < row.size()) {
            row.set(text, row.get(text) + row.remove(text + 1));
        }
        while (row.size() < columns.size()) {
            row.add("");
        }
        return row;
    }

    /**
     * A wrapped line: cell by cell when it keeps the columns; otherwise its cells continue the cell left open (、 or ,
     * at its end) and the columns after it, or, with no cell open, the last columns.
     */
    private void continueRow(List<String> row, List<String> cells) {
        if (cells.size() == columns.size()) {
            for (int c = 0; c < cells.size(); c++) {
                row.set(c, row.get(c) + cells.get(c));
            }
            return;
        }
        int open = -1;
        for (int c = 0; c < row.size(); c++) {
            if (row.get(c).endsWith("、") || row.get(c).endsWith(",")) {
                open = c;
            }
        }
        int start = open >= 0 ? open : cells.size() == 1 ? lastNonEmpty(row) : Math.max(0, columns.size() - cells.size());
        for (int i = 0; i < cells.size(); i++) {
            int target = Math.min(start + i, row.size() - 1);
            row.set(target, row.get(target) + cells.get(i));
        }
    }

    private void flush(List<String> cells, List<Integer> lineNos) {
        if (cells == null) {
            return;
        }
        List<String> responsibility = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).kind() == ColumnKind.RESPONSIBILITY && !cells.get(c).isBlank()) {
                responsibility.add(cells.get(c).strip());
            }
        }
        String clause = responsibility.isEmpty() ? null : String.join("\t", responsibility);
        entries.add(new RowEntry(new Row(lineNos.get(0), cells.get(0).strip(), cells, clause, lineNos.get(0))));
    }

    // ---- one cell per line -----------------------------------------------------------------------------------------

    /** A table flattened one cell per line: cells separated by blank lines when the text has them, else by line ends. */
    private static Optional<TaskTable> flattened(List<Line> lines, int start) {
        boolean blankSeparated = start + 1 < lines.size() && lines.get(start + 1).isBlank();
        List<List<Line>> groups = groups(lines, start, blankSeparated);
        int firstRow = -1;
        for (int g = 0; g < groups.size(); g++) {
            if (INTEGER.matcher(joined(groups.get(g))).matches()) {
                firstRow = g;
                break;
            }
        }
        if (firstRow < 3) {
            return Optional.empty();
        }
        List<String> headerCells = new ArrayList<>();
        for (List<Line> group : groups.subList(0, firstRow)) {
            String cell = joined(group);
            // A header cell wrapped over lines: 单位 or (全年) on a line of its own continues the cell above.
            if (!headerCells.isEmpty() && (cell.startsWith("(") || FIELD_WORD.matcher(cell).matches()
                    && Labels.roleOf(headerCells.get(headerCells.size() - 1)) == null)) {
                headerCells.set(headerCells.size() - 1, headerCells.get(headerCells.size() - 1) + cell);
            } else {
                headerCells.add(cell);
            }
        }
        if (!isHeader(headerCells)) {
            return Optional.empty();
        }
        TaskTable table = new TaskTable(lines, columnsOf(headerCells), start);
        table.readFlattenedRows(groups.subList(firstRow, groups.size()));
        return Optional.of(table);
    }

    private void readFlattenedRows(List<List<Line>> groups) {
        List<List<Line>> row = null;
        int expected = 0;
        for (List<Line> group : groups) {
            String cell = joined(group);
            boolean opensRow = INTEGER.matcher(cell).matches()
                    && (row == null || Integer.parseInt(cell) == expected || row.size() >= columns.size());
            if (opensRow) {
                flushFlattened(row);
                row = new ArrayList<>();
                row.add(new ArrayList<>(group));
                expected = Integer.parseInt(cell) + 1;
            } else if (group.size() == 1 && group.get(0).kind() == Line.Kind.SECTION && (row == null || row.size() >= columns.size())) {
                flushFlattened(row);
                row = null;
                entries.add(new SectionEntry(group.get(0)));
            } else if (row != null && !row.isEmpty() && wraps(row.get(row.size() - 1), cell)) {
                row.get(row.size() - 1).addAll(group);
            } else if (row != null) {
                row.add(new ArrayList<>(group));
            }
        }
        flushFlattened(row);
    }

    /** A list cut at the line end ({@code 市财政局、} / {@code 市住建局}) goes on in the next line, not a new cell. */
    private static boolean wraps(List<Line> previousCell, String next) {
        String previous = joined(previousCell);
        return previous.endsWith("、") || previous.endsWith(",") || next.startsWith("、") || next.startsWith("等");
    }

    private void flushFlattened(List<List<Line>> groups) {
        if (groups == null) {
            return;
        }
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            cells.add(c < groups.size() ? joined(groups.get(c)) : "");
        }
        int first = -1;
        int last = -1;
        for (int c = 0; c < Math.min(columns.size(), groups.size()); c++) {
            if (columns.get(c).kind() == ColumnKind.RESPONSIBILITY && !cells.get(c).isBlank()) {
                first = first < 0 ? c : first;
                last = c;
            }
        }
        String clause = null;
        int clauseLine = groups.get(0).get(0).lineNo();
        if (first >= 0) {
            clause = rawSpan(groups.get(first).get(0), groups.get(last).get(groups.get(last).size() - 1));
            clauseLine = groups.get(first).get(0).lineNo();
        }
        entries.add(new RowEntry(new Row(groups.get(0).get(0).lineNo(), cells.get(0), cells, clause, clauseLine)));
    }

    /** The text from one line to another as written, the lines between included. */
    private String rawSpan(Line from, Line to) {
        return Line.span(lines, lines.indexOf(from), lines.indexOf(to));
    }

    private static List<List<Line>> groups(List<Line> lines, int start, boolean blankSeparated) {
        List<List<Line>> groups = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (Line line : lines.subList(start, lines.size())) {
            if (line.isBlank() || !blankSeparated) {
                if (!current.isEmpty()) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
                if (line.isBlank()) {
                    continue;
                }
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    private static String joined(List<Line> group) {
        StringBuilder cell = new StringBuilder();
        group.forEach(l -> cell.append(l.raw().strip()));
        return cell.toString();
    }

    // ---- header ----------------------------------------------------------------------------------------------------

    static List<String> cells(String raw) {
        String line = raw.strip();
        String[] parts;
        if (line.contains("\t")) {
            parts = line.split("\t", -1);
        } else if (line.chars().filter(c -> c == '|').count() >= 2) {
            parts = line.replaceAll("^\\||\\|$", "").split("\\|", -1);
        } else {
            parts = RUN_OF_SPACES.split(line);
        }
        List<String> cells = new ArrayList<>();
        for (String p : parts) {
            cells.add(p.strip());
        }
        return cells;
    }

    private static boolean isHeader(List<String> cells) {
        boolean number = false;
        boolean text = false;
        boolean unit = false;
        for (String cell : cells) {
            Role role = Labels.roleOf(cell);
            number |= NUMBER_HEADER.matcher(cell).matches();
            unit |= role == Role.LEAD || role == Role.PARTICIPANT || role == Role.RESPONSIBLE;
            text |= role == null && TEXT_HEADER.matcher(cell).find();
        }
        return number && text && unit;
    }

    private static List<Column> columnsOf(List<String> headers) {
        List<Column> columns = new ArrayList<>();
        boolean textSeen = false;
        for (String h : headers) {
            Role role = Labels.roleOf(h);
            if (NUMBER_HEADER.matcher(h).matches()) {
                columns.add(new Column(h, ColumnKind.NUMBER, null));
            } else if (role != null) {
                columns.add(new Column(h, ColumnKind.RESPONSIBILITY, role));
            } else if (!textSeen && TEXT_HEADER.matcher(h).find()) {
                columns.add(new Column(h, ColumnKind.TEXT, null));
                textSeen = true;
            } else {
                columns.add(new Column(h, ColumnKind.OTHER, null));
            }
        }
        return columns;
    }

    private int indexOf(ColumnKind kind) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).kind() == kind) {
                return c;
            }
        }
        return -1;
    }

    private static int nonEmpty(List<String> cells) {
        return (int) cells.stream().filter(c -> !c.isBlank()).count();
    }

    private static int lastNonEmpty(List<String> row) {
        for (int c = row.size() - 1; c >= 0; c--) {
            if (!row.get(c).isBlank()) {
                return c;
            }
        }
        return 0;
    }

    /** The row's task text. */
    String text(Row row) {
        int c = indexOf(ColumnKind.TEXT);
        return c < 0 ? "" : row.cells().get(c).strip();
    }

    /**
     * The row's clause as the clause parser reads it: each responsibility cell under a label of its column's role;
     * within a cell, spaces (paragraphs of a word-processor cell) separate names like 、.
     */
    String clauseToRead(Row row) {
        List<String> fields = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            String cell = row.cells().get(c).strip();
            if (column.kind() == ColumnKind.RESPONSIBILITY && !cell.isEmpty()) {
                fields.add(labelFor(column.role()) + ":" + cell.replaceAll("(?<=[\\p{IsHan})])\\s+(?=[\\p{IsHan}(])", "、"));
            }
        }
        return fields.isEmpty() ? null : String.join("\n", fields);
    }

    private static String labelFor(Role role) {
        return switch (role) {
            case LEAD -> "牵头单位";
            case PARTICIPANT -> "配合单位";
            case RESPONSIBLE -> "责任单位";
            case PERSON -> "责任领导";
            case DEADLINE -> "完成时限";
        };
    }
}
