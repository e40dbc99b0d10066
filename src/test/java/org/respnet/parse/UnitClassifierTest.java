package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.respnet.model.UnitKind;

class UnitClassifierTest {

    private final UnitClassifier classifier = UnitClassifier.withDefaults();

    @ParameterizedTest
    @CsvSource({
            "团市委, MASS_ORGANISATION", "市红十字会, MASS_ORGANISATION", "全国总工会, MASS_ORGANISATION",
            "共青团中央, MASS_ORGANISATION", "市委组织部, PARTY_ORGAN", "市纪委, PARTY_ORGAN",
            "市委党校, PARTY_ORGAN", "市编委办, PARTY_ORGAN", "市文明办, PARTY_ORGAN", "中央和国家机关工委, PARTY_ORGAN",
            "市财政局, GOVERNMENT_DEPARTMENT", "市发改委, GOVERNMENT_DEPARTMENT", "市政府办公室, GOVERNMENT_DEPARTMENT",
            "市外侨办, GOVERNMENT_DEPARTMENT", "海关总署, GOVERNMENT_DEPARTMENT", "工业和信息化部, GOVERNMENT_DEPARTMENT",
            "税务总局, GOVERNMENT_DEPARTMENT", "证监会, GOVERNMENT_DEPARTMENT", "市人大内司工委, PEOPLES_CONGRESS",
            "市政协办公室, CPPCC", "市检察院, JUDICIARY", "中央军委政治工作部, OTHER", "供销合作总社, OTHER"})
    void classifies_by_the_default_table(String name, UnitKind kind) {
        assertThat(classifier.classify(name)).isEqualTo(kind);
    }

    @Test
    void user_rules_come_before_the_defaults(@TempDir Path dir) throws Exception {
        Path extra = dir.resolve("my-kinds.tsv");
        Files.writeString(extra, "# 编委办 counted as government here\nsuffix\t编委办\tgovernment_department\n");

        UnitClassifier custom = UnitClassifier.withExtraRules(extra);

        assertThat(custom.classify("市编委办")).isEqualTo(UnitKind.GOVERNMENT_DEPARTMENT);
        assertThat(custom.classify("市妇联")).isEqualTo(UnitKind.MASS_ORGANISATION);
    }

    @Test
    void rules_can_be_given_in_code() {
        UnitClassifier custom = new UnitClassifier(List.of(
                new UnitClassifier.Rule(UnitClassifier.MatchType.EXACT, "市督考办", UnitKind.PARTY_ORGAN)));

        assertThat(custom.classify("市督考办")).isEqualTo(UnitKind.PARTY_ORGAN);
    }

    @Test
    void a_bad_rule_file_names_its_line(@TempDir Path dir) throws Exception {
        Path extra = dir.resolve("bad.tsv");
        Files.writeString(extra, "suffix\t局\tGOVERNMENT_DEPARTMENT\nends\t会\tOTHER\n");

        assertThatThrownBy(() -> UnitClassifier.withExtraRules(extra))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.tsv:2");
    }
}
