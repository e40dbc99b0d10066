package org.respnet.load;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * The version of a document the graph holds, as a revision compares it with the new one: its measures' properties,
 * their units by position, and the element ids of what the revision may delete. Empty when nothing is stored.
 *
 * @param measures by uid, in index order
 */
record StoredDocument(Map<String, StoredMeasure> measures, Map<String, String> sectionIds) {

    /** A lead or participation: {@code share} is null for a participation. */
    record Link(String id, String unit, long position, Double share) {
    }

    record StoredMeasure(String id, Map<String, Value> properties, List<Link> leads, List<Link> participations) {

        PairWeights.MeasureUnits units() {
            return new PairWeights.MeasureUnits(names(leads), names(participations));
        }

        private static List<String> names(List<Link> links) {
            return links.stream().sorted(Comparator.comparingLong(Link::position)).map(Link::unit).toList();
        }
    }

    static StoredDocument read(SimpleQueryRunner tx, String key, String storedMeasures, String storedSections) {
        Map<String, Object> parameters = Map.of("key", key);
        Map<String, StoredMeasure> measures = new LinkedHashMap<>();
        tx.run(storedMeasures, parameters).forEachRemaining(r -> measures.put(r.get("uid").asString(),
                new StoredMeasure(r.get("id").asString(), r.get("properties").asMap(v -> v),
                        r.get("leads").asList(StoredDocument::link), r.get("participations").asList(StoredDocument::link))));
        Map<String, String> sections = new HashMap<>();
        tx.run(storedSections, parameters).forEachRemaining(r -> sections.put(r.get("uid").asString(),
                r.get("id").asString()));
        return new StoredDocument(measures, sections);
    }

    /** [id, unit, position] or [id, unit, position, share], as load/stored-measures returns them. */
    private static Link link(Value v) {
        return new Link(v.get(0).asString(), v.get(1).asString(), v.get(2).asLong(),
                v.size() > 3 ? v.get(3).asDouble() : null);
    }
}
