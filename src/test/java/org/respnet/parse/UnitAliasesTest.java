package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.respnet.model.PolicyDocument;
import org.respnet.text.TextReader;

class UnitAliasesTest {

    @Test
    void default_table_maps_full_names_to_short_ones() {
        UnitAliases aliases = UnitAliases.withDefaults();

        assertThat(aliases.canonical("共青团衢州市委")).isEqualTo("团市委");
        assertThat(aliases.canonical("市发展改革委")).isEqualTo("市发改委");
        assertThat(aliases.canonical("市财政局")).isEqualTo("市财政局");
    }

    @Test
    void an_extra_file_extends_the_table_for_the_parser(@TempDir Path dir) throws Exception {
        Path extra = dir.resolve("aliases.tsv");
        Files.writeString(extra, "市文化广电新闻出版局\t市文广局\n");
        DocumentParser parser = new DocumentParser(UnitClassifier.withDefaults(), UnitAliases.withExtraAliases(extra));

        PolicyDocument doc = parser.parse(TextReader.decode("x.txt",
                "1.甲。(牵头单位:市文化广电新闻出版局)\n2.乙。(牵头单位:市文广局)\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), null));

        assertThat(doc.units()).singleElement().satisfies(u -> {
            assertThat(u.name()).isEqualTo("市文广局");
            assertThat(u.aliases()).containsExactly("市文化广电新闻出版局");
        });
    }
}
