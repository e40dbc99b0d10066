package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;

/** The real State Council excerpts in ../shared/docs must reproduce their hand-checked gold answers. */
class GoldDocumentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"02-guofa-2019-3-bonded-zones", "03-guofa-2018-39-employment",
            "06-guobanfa-2018-129-consumption-poverty-alleviation"})
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
            assertThat(m.section()).as(where).isEqualTo(g.get("section").asInt());
            assertThat(m.leads()).as(where + " leads").isEqualTo(strings(g.get("leads")));
            assertThat(m.participants()).as(where + " participants").isEqualTo(strings(g.get("participants")));
            assertThat(m.collectives()).as(where + " collectives").isEqualTo(strings(g.get("generic")));
            assertThat(m.clause()).as(where + " clause").isEqualTo(g.get("clause").asText());
            assertThat(m.deadline()).as(where + " deadline").isNull();
        }
        JsonNode counts = gold.get("counts");
        assertThat(doc.sections()).hasSize(counts.get("sections").asInt());
        assertThat(doc.units()).hasSize(counts.get("units").asInt());
        assertThat(doc.leadCount()).isEqualTo(counts.get("leads").asInt());
        assertThat(doc.participationCount()).isEqualTo(counts.get("participations").asInt());
        assertThat(doc.title()).isEqualTo(gold.get("title").asText());
        if (counts.has("subsections")) {
            assertThat(doc.sections().stream().mapToInt(s -> s.subsections().size()).sum())
                    .isEqualTo(counts.get("subsections").asInt());
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
