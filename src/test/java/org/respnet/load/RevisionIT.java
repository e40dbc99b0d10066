package org.respnet.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.model.PolicyDocument;

/**
 * A revision writes only what changed, and leaves exactly the graph a fresh load of the new version beside the
 * other documents builds: every node, relationship and property, unit workloads, due counts and pair totals included.
 */
class RevisionIT {

    /** Shares units and pairs with the seed, so their totals span two documents. */
    private static final String OTHER = """
            某市甲工作方案
            一、任务
            1.做好甲项工作。(牵头单位:市财政局,参与单位:市审计局、市统计局、团市委,完成时限:2016年10月底前)
            2.做好乙项工作。(牵头单位:市财政局、市审计局)
            3.做好丙项工作。(牵头单位:团市委、市民政局,参与单位:市委组织部)
            """;

    private final TestDatabase db = TestDatabase.shared();
    private final DocumentLoader loader = new DocumentLoader(db.graph(), db.cypher());

    @BeforeEach
    void emptyGraph() {
        db.clear();
    }

    @Test
    void each_revision_leaves_the_graph_a_fresh_load_of_it_leaves() throws IOException {
        String seed = Files.readString(Fixtures.SEED);
        PolicyDocument other = Fixtures.parseText("other.txt", OTHER);
        Map<String, String> versions = new LinkedHashMap<>();
        // Every later measure moves up one place: each stored measure's position now holds another measure.
        versions.put("first measure removed", seed.replaceFirst("\n1\\.把群团工作改革[^\\n]*\\n", "\n"));
        versions.put("joint lead split into lead and participants", seed.replace(
                "(牵头单位:市委办公室、市委组织部)", "(牵头单位:市委组织部,参与单位:市委办公室、市财政局)"));
        // Its measures go, and with them units that only they named.
        versions.put("last section removed", seed.replaceFirst("\n四、加强和改进党委对群团工作的领导[\\s\\S]*?\n各县", "\n各县"));
        versions.put("deadlines added", seed.replace("(牵头单位:市委改革办,", "(完成时限:2016年6月底前,牵头单位:市委改革办,")
                .replace("(牵头单位:市委办公室)", "(牵头单位:市委办公室,完成时限:2016年10月底前)"));
        versions.put("back to the seed", seed);

        loader.load(other);
        loader.load(Fixtures.seed());
        for (var version : versions.entrySet()) {
            PolicyDocument revised = Fixtures.parseText("revised.txt", version.getValue());
            assertThat(revised.key()).isEqualTo(Fixtures.seed().key());

            loader.load(revised);
            List<String> afterRevision = db.dump();

            db.clear();
            loader.load(other);
            loader.load(revised);
            assertThat(afterRevision).as(version.getKey()).isEqualTo(db.dump());
        }
    }

    @Test
    void a_revision_that_changes_one_measure_rewrites_only_that_measure() throws IOException {
        loader.load(Fixtures.seed());
        long measures = db.count("MATCH (m:Measure) RETURN count(m)");
        List<String> ids = db.graph().readList("MATCH (m:Measure) RETURN elementId(m) AS id ORDER BY id", Map.of(),
                r -> r.get("id").asString());

        PolicyDocument revised = Fixtures.parseText("revised.txt", Files.readString(Fixtures.SEED).replace(
                "(牵头单位:市委办公室、市委组织部)", "(牵头单位:市委组织部,参与单位:市委办公室、市财政局)"));
        loader.load(revised);

        assertThat(db.count("MATCH (m:Measure) RETURN count(m)")).isEqualTo(measures);
        assertThat(db.graph().readList("MATCH (m:Measure) RETURN elementId(m) AS id ORDER BY id", Map.of(),
                r -> r.get("id").asString())).as("the measure nodes were kept, not recreated").isEqualTo(ids);
        assertThat(db.count("""
                MATCH (:Unit {name: '市委组织部'})-[r:LEADS]->(m:Measure {number: '37'})<-[:LEADS]-(:Unit)
                RETURN count(r)""")).isZero();
        assertThat(db.count("""
                MATCH (u:Unit)-[:PARTICIPATES_IN]->(m:Measure {number: '37'}) RETURN count(u)""")).isEqualTo(2);
    }
}
