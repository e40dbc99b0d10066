package org.respnet.bench;

import java.util.Map;
import org.respnet.db.Graph;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;

/**
 * The baseline RespNet's loader is compared with: what a first attempt looks like, one write transaction per
 * measure and one MERGE statement per node and relationship. It writes only documents, measures, units and their
 * LEADS / PARTICIPATES_IN relationships (no totals, no coordination weights), so it does less than the real loader.
 */
final class NaiveLoader {

    private static final String DOCUMENT = "MERGE (d:Document {key: $key})";
    private static final String MEASURE = """
            MERGE (m:Measure {uid: $uid})
            SET m.document = $key, m.index = $index, m.number = $number, m.section = $section, m.text = $text""";
    private static final String HAS_MEASURE = """
            MATCH (d:Document {key: $key}) MATCH (m:Measure {uid: $uid}) MERGE (d)-[:HAS_MEASURE]->(m)""";
    private static final String LEADS = """
            MERGE (u:Unit {name: $unit}) WITH u MATCH (m:Measure {uid: $uid}) MERGE (u)-[:LEADS {share: $share}]->(m)""";
    private static final String PARTICIPATES = """
            MERGE (u:Unit {name: $unit}) WITH u MATCH (m:Measure {uid: $uid}) MERGE (u)-[:PARTICIPATES_IN]->(m)""";

    private final Graph graph;

    NaiveLoader(Graph graph) {
        this.graph = graph;
    }

    /** @return lead and participation relationships written */
    long load(PolicyDocument document) {
        long relationships = 0;
        for (Measure m : document.measures()) {
            String uid = document.key() + "#" + m.index();
            graph.write(tx -> {
                tx.run(DOCUMENT, Map.of("key", document.key())).consume();
                tx.run(MEASURE, Map.of("uid", uid, "key", document.key(), "index", m.index(), "number", m.number(),
                        "section", m.section(), "text", m.text())).consume();
                tx.run(HAS_MEASURE, Map.of("key", document.key(), "uid", uid)).consume();
                for (String lead : m.leads()) {
                    tx.run(LEADS, Map.of("unit", lead, "uid", uid, "share", 1.0 / m.leads().size())).consume();
                }
                for (String participant : m.participants()) {
                    tx.run(PARTICIPATES, Map.of("unit", participant, "uid", uid)).consume();
                }
                return null;
            });
            relationships += m.leads().size() + m.participants().size();
        }
        return relationships;
    }
}
