package org.respnet.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The real plans of ../shared/docs/train, read at test time; tests that need one skip when it is absent. */
final class TrainTexts {

    static final Path TRAIN = Path.of("..", "shared", "docs", "train");
    static final String CHUZHOU = "22-chuzhou-2020-lead-leader-lines";
    static final String LUAN = "23-luan-2021-leader-lines-deadline";
    static final String LUAN_TABLE = "24-luan-2021-progress-table-cells";
    static final String FARM_MACHINERY = "20-guofa-2018-42-farm-machinery";

    private TrainTexts() {
    }

    static Path file(String name) {
        Path file = TRAIN.resolve(name + ".txt");
        assumeTrue(Files.isRegularFile(file), "shared documents not found at " + file.toAbsolutePath() + "; skipped");
        return file;
    }

    /** The file's lines, each trimmed, as the source wrote them (not yet normalised). */
    static List<String> lines(String name) {
        try {
            return Files.readAllLines(file(name), StandardCharsets.UTF_8).stream().map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> nonBlankLines(String name) {
        return lines(name).stream().filter(l -> !l.isEmpty()).toList();
    }

    /** What the readers promise: NFKC as TextReader gives plain text. */
    static String normalised(String line) {
        return TextReader.normalise(line);
    }
}
