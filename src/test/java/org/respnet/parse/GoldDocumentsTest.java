package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;
import org.respnet.model.Unit;

/** The real plans in ../shared/docs and ../shared/docs/train must reproduce their hand-checked gold answers exactly. */
class GoldDocumentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"02-guofa-2019-3-bonded-zones", "03-guofa-2018-39-employment",
            "06-guobanfa-2018-129-consumption-poverty-alleviation",
            "train/20-guofa-2018-42-farm-machinery", "train/21-guobanfa-2018-117-incentive-measures",
            "train/22-chuzhou-2020-lead-leader-lines", "train/23-luan-2021-leader-lines-deadline",
            "train/24-luan-2021-progress-table-cells", "train/25-xianyang-2022-traditional-qiantou",
            "train/26-sichuan-2022-circulation-prefix-drop", "train/27-sichuan-2017-western-dev-prefix-drop",
            "train/28-wuhu-2021-leader-named-like-a-city", "train/29-caidian-2023-notice-then-plan"})
    void reproduces_the_gold_answer(String name) throws Exception {
        Path text = Fixtures.SHARED_DOCS.resolve(name + ".txt");
        assumeTrue(Files.isRegularFile(text), "shared documents not found at " + text.toAbsolutePath() + "; skipped");
        JsonNode gold = new ObjectMapper().readTree(Fixtures.SHARED_DOCS.resolve(name + ".json").toFile());

        PolicyDocument doc = Fixtures.parseFile(text);

        JsonNode goldMeasures = gold.get("measures");
        assertThat(doc.measures()).hasSize(goldMeasures.size());
        for (int i = 0; i < goldMeasures.size(); i++) {
            JsonNode g = goldMeasures.get(i);
            Measure m = doc.measures().get(i);
            String where = name + " measure " + g.get("number").asText();
            assertThat(m.index()).as(where).isEqualTo(g.get("index").asInt());
            assertThat(m.number()).as(where).isEqualTo(g.get("number").asText());
            assertThat(m.section()).as(where).isEqualTo(g.get("section").isNull() ? 0 : g.get("section").asInt());
            assertThat(m.leads()).as(where + " leads").isEqualTo(strings(g.get("leads")));
            assertThat(m.participants()).as(where + " participants").isEqualTo(strings(g.get("participants")));
            assertThat(m.collectives()).as(where + " collectives").isEqualTo(strings(g.get("generic")));
            assertThat(m.persons()).as(where + " persons").isEqualTo(g.has("persons") ? strings(g.get("persons")) : List.of());
            assertThat(m.clause()).as(where + " clause").isEqualTo(g.get("clause").isNull() ? null : g.get("clause").asText());
            assertThat(m.deadline()).as(where + " deadline").isEqualTo(g.get("deadline").isNull() ? null : g.get("deadline").asText());
            assertThat(m.unassigned()).as(where + " unassigned").isEqualTo(g.get("leads").isEmpty() && g.get("participants").isEmpty());
            if (g.has("expansions")) {
                g.get("expansions").fields().forEachRemaining(e -> assertThat(aliasesOf(doc, e.getKey()))
                        .as(where + " expansion").contains(e.getValue().asText()));
            }
        }
        JsonNode counts = gold.get("counts");
        assertThat(doc.sections()).hasSize(counts.get("sections").asInt());
        assertThat(doc.units()).extracting(Unit::name).containsExactlyInAnyOrderElementsOf(strings(gold.get("units")));
        assertThat(doc.leadCount()).isEqualTo(counts.get("leads").asInt());
        assertThat(doc.participationCount()).isEqualTo(counts.get("participations").asInt());
        assertThat(doc.title()).isEqualTo(gold.get("title").asText());
        if (counts.has("subsections")) {
            assertThat(doc.sections().stream().mapToInt(s -> s.subsections().size()).sum())
                    .isEqualTo(counts.get("subsections").asInt());
        }
        Map<Integer, String> sectionTitles = new TreeMap<>();
        gold.get("sections").forEach(s -> sectionTitles.put(s.get("ordinal").asInt(), s.get("title").asText()));
        doc.sections().forEach(s -> assertThat(s.title()).as(name + " section " + s.ordinal()).isEqualTo(sectionTitles.get(s.ordinal())));
    }

    private static List<String> aliasesOf(PolicyDocument doc, String unit) {
        return doc.units().stream().filter(u -> u.name().equals(unit)).findFirst().map(Unit::aliases).orElse(List.of());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
