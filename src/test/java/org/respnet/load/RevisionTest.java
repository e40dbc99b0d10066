package org.respnet.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.respnet.Fixtures;
import org.respnet.model.PolicyDocument;

/** What a revision writes, against a stored version built from the same rows the loader writes. */
class RevisionTest {

    private final PolicyDocument seed = Fixtures.seed();

    @Test
    void the_same_version_writes_nothing() {
        Revision revision = Revision.between(stored(seed), new DocumentRows(seed));

        assertThat(revision.measures).isEmpty();
        assertThat(revision.leads).isEmpty();
        assertThat(revision.participations).isEmpty();
        assertThat(revision.relationshipsGone).isEmpty();
        assertThat(revision.nodesGone).isEmpty();
        assertThat(revision.pairChanges).isEmpty();
    }

    @Test
    void an_edited_text_rewrites_that_measure_alone() throws IOException {
        PolicyDocument edited = Fixtures.parseText("edited.txt", Files.readString(Fixtures.SEED)
                .replace("统筹布局。", "统筹布局,分步实施。"));

        Revision revision = Revision.between(stored(seed), new DocumentRows(edited));

        assertThat(revision.measures).hasSize(1);
        assertThat(properties(revision.measures.get(0)).get("number")).isEqualTo("48");
        assertThat(revision.measures.get(0)).containsEntry("isNew", false).containsEntry("linkSection", false);
        assertThat(revision.leads).isEmpty();
        assertThat(revision.participations).isEmpty();
        assertThat(revision.relationshipsGone).isEmpty();
        assertThat(revision.pairChanges).isEmpty();
    }

    @Test
    void a_removed_measure_takes_its_links_and_its_pairs_weight() throws IOException {
        PolicyDocument shorter = Fixtures.parseText("shorter.txt", Files.readString(Fixtures.SEED)
                .replaceFirst("\n47\\.[^\\n]*\\n", "\n"));
        var last = seed.measures().get(46);
        assertThat(last.number()).isEqualTo("47");

        Revision revision = Revision.between(stored(seed), new DocumentRows(shorter));

        // Measure 48 moves into 47's place (uids are positions): its row is rewritten, 48's node goes.
        assertThat(revision.nodesGone).containsExactly("measure " + seed.key() + "#48");
        assertThat(revision.measures).hasSize(1);
        assertThat(properties(revision.measures.get(0))).containsEntry("number", "48").containsEntry("index", 47);
        // 47 had two leads and no participants; 48 one lead and 12 participants: all 15 links differ, 13 are new.
        assertThat(revision.relationshipsGone).hasSize(last.leads().size() + last.participants().size()
                + seed.measures().get(47).leads().size() + seed.measures().get(47).participants().size());
        assertThat(revision.leads.size() + revision.participations.size())
                .isEqualTo(seed.measures().get(47).leads().size() + seed.measures().get(47).participants().size());
        // The pair 市民政局|市财政局 loses measure 47, which they led jointly.
        assertThat(revision.pairChanges).filteredOn(r -> r.get("pair").equals("市民政局|市财政局"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("measures")).isEqualTo(-1L);
                    assertThat(r.get("leadLead")).isEqualTo(-1L);
                });
    }

    @Test
    void a_deletion_takes_everything_off() {
        Revision revision = Revision.deletion(stored(seed));

        assertThat(revision.nodesGone).hasSize(seed.measures().size() + seed.sections().size());
        assertThat(revision.relationshipsGone).hasSize(seed.leadCount() + seed.participationCount());
        assertThat(revision.pairChanges).hasSize(new DocumentRows(seed).pairWeights().size())
                .allSatisfy(r -> assertThat((Long) r.get("measures")).isNegative());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> measureRow) {
        return (Map<String, Object>) measureRow.get("properties");
    }

    /** The version a load of {@code document} stores, element ids named after what they identify. */
    private static StoredDocument stored(PolicyDocument document) {
        DocumentRows rows = new DocumentRows(document);
        Map<String, List<StoredDocument.Link>> leads = new HashMap<>();
        Map<String, List<StoredDocument.Link>> participations = new HashMap<>();
        rows.leads().forEach(r -> leads.computeIfAbsent((String) r.get("measure"), k -> new ArrayList<>())
                .add(link("lead", r)));
        rows.participations().forEach(r -> participations.computeIfAbsent((String) r.get("measure"),
                k -> new ArrayList<>()).add(link("participation", r)));
        Map<String, StoredDocument.StoredMeasure> measures = new LinkedHashMap<>();
        for (Map<String, Object> row : rows.measures()) {
            String uid = (String) row.get("uid");
            Map<String, Value> properties = new HashMap<>();
            row.forEach((k, v) -> {
                if (v != null) {
                    properties.put(k, Values.value(v));
                }
            });
            measures.put(uid, new StoredDocument.StoredMeasure("measure " + uid, properties,
                    leads.getOrDefault(uid, List.of()), participations.getOrDefault(uid, List.of())));
        }
        Map<String, String> sections = new HashMap<>();
        rows.sections().forEach(s -> sections.put((String) s.get("uid"), "section " + s.get("uid")));
        return new StoredDocument(measures, sections);
    }

    private static StoredDocument.Link link(String kind, Map<String, Object> row) {
        return new StoredDocument.Link(kind + " " + row.get("measure") + " " + row.get("position"),
                (String) row.get("unit"), ((Number) row.get("position")).longValue(), (Double) row.get("share"));
    }
}
