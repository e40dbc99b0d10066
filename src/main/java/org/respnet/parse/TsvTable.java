package org.respnet.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The rows of a small tab-separated rule file; {@code #} starts a comment, blank lines are skipped. */
final class TsvTable {

    /** One row with where it came from, so a bad value can be reported as {@code file:line}. */
    record Row(String source, int line, List<String> cells) {

        String where() {
            return source + ":" + line;
        }
    }

    private TsvTable() {
    }

    static List<Row> fromClasspath(String resource) {
        try (InputStream in = TsvTable.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the classpath");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> fromFile(Path file, int columns) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** @param columns required number of cells per row, or -1 to accept any */
    static List<Row> parse(String source, String content, int columns) {
        List<Row> rows = new ArrayList<>();
        String[] lines = content.replace("\r", "").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split("\t+")).map(String::strip).toList();
            if (columns > 0 && cells.size() != columns) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected " + columns
                        + " tab-separated columns but found " + cells.size());
            }
            rows.add(new Row(source, i + 1, cells));
        }
        return rows;
    }
}
