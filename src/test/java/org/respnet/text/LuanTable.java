package org.respnet.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The task table of 24 (六安 2021 progress report) as its source flattened it, one cell per line: the title, the
 * header cells (two of them wrapped over two lines) and six-cell task rows; plus the section heading those tasks
 * have in 23, the same city's task list.
 */
record LuanTable(String title, List<List<String>> header, List<List<String>> rows, String section) {

    static LuanTable read() {
        List<String> lines = TrainTexts.nonBlankLines(TrainTexts.LUAN_TABLE);
        int headerStart = lines.indexOf("序号");
        int dataStart = lines.indexOf("1");
        List<List<String>> header = new ArrayList<>();
        for (String cell : lines.subList(headerStart, dataStart)) {
            // a wrapped header cell continues with 单位 or the bracketed (全年)
            boolean continues = !header.isEmpty() && (cell.equals("单位") || cell.startsWith("(") || cell.startsWith("（"));
            if (continues) {
                List<String> last = new ArrayList<>(header.remove(header.size() - 1));
                last.add(cell);
                header.add(List.copyOf(last));
            } else {
                header.add(List.of(cell));
            }
        }
        int columns = header.size();
        List<String> cells = lines.subList(dataStart, lines.size());
        if (cells.size() % columns != 0) {
            throw new IllegalStateException(cells.size() + " cells do not fill rows of " + columns);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i += columns) {
            rows.add(List.copyOf(cells.subList(i, i + columns)));
        }
        String section = TrainTexts.nonBlankLines(TrainTexts.LUAN).stream()
                .filter(l -> l.matches("^[一二三四五六七八九十]+、.*")).findFirst().orElseThrow();
        return new LuanTable(lines.get(0), header, rows, section);
    }

    int columns() {
        return header.size();
    }
}
