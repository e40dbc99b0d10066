package org.respnet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A folder of plans holds other files too; a scan reads only the formats the reader door knows. */
class FolderScanTest {

    @Test
    void a_folder_scan_takes_every_known_format_whatever_the_case_of_its_ending() {
        Stream<String> plans = Stream.of("plan.txt", "任务分工.DOCX", "scan.pdf", "清单.xlsx", "old.xls");
        Stream<String> others = Stream.of("notes.md", "photo.jpg", "archive.zip", "README", ".txt");

        assertThat(plans.map(Path::of)).allMatch(DocumentReaders::looksLikeDocument);
        assertThat(others.map(Path::of)).noneMatch(DocumentReaders::looksLikeDocument);
    }
}
