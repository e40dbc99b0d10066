package org.respnet.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * What a load changes in the stored version of its document: measures written only when new or changed, leads and
 * participations created and deleted only where they differ, pair totals moved by their difference. A first load
 * is a revision of nothing, a deletion a revision to nothing; a small edit of a large plan writes a few rows.
 */
final class Revision {

    /** {properties, isNew, linkSection}: load/measures' rows. */
    final List<Map<String, Object>> measures = new ArrayList<>();
    final List<Map<String, Object>> leads = new ArrayList<>();
    final List<Map<String, Object>> participations = new ArrayList<>();
    /** Element ids of stored leads and participations the new version does not have. */
    final List<String> relationshipsGone = new ArrayList<>();
    /** Element ids of stored measures and sections the new version does not have. */
    final List<String> nodesGone = new ArrayList<>();
    final List<Map<String, Object>> pairChanges;

    private Revision(StoredDocument stored, DocumentRows rows) {
        Map<String, Map<String, Object>> measureRows = new LinkedHashMap<>();
        Set<String> sectionUids = new HashSet<>();
        if (rows != null) {
            rows.measures().forEach(m -> {
                if (measureRows.put((String) m.get("uid"), m) != null) {
                    throw new IllegalArgumentException("Two measures with the uid " + m.get("uid"));
                }
            });
            rows.sections().forEach(s -> sectionUids.add((String) s.get("uid")));
        }
        stored.sectionIds().forEach((uid, id) -> {
            if (!sectionUids.contains(uid)) {
                nodesGone.add(id);
            }
        });
        measureRows.forEach((uid, row) -> {
            StoredDocument.StoredMeasure old = stored.measures().get(uid);
            if (old == null || !sameProperties(row, old.properties())) {
                measures.add(Map.of("properties", row, "isNew", old == null, "linkSection",
                        old == null || !same(row.get("section"), old.properties().get("section"))));
            }
        });
        stored.measures().forEach((uid, old) -> {
            if (!measureRows.containsKey(uid)) {
                nodesGone.add(old.id());
            }
        });

        diffLinks(stored, StoredDocument.StoredMeasure::leads, rows == null ? List.of() : rows.leads(), leads);
        diffLinks(stored, StoredDocument.StoredMeasure::participations,
                rows == null ? List.of() : rows.participations(), participations);

        Map<PairWeights.Pair, PairWeights.Weight> before = PairWeights.of(
                stored.measures().values().stream().map(StoredDocument.StoredMeasure::units).toList());
        pairChanges = PairWeights.changes(before, rows == null ? Map.of() : rows.pairWeights());
    }

    static Revision between(StoredDocument stored, DocumentRows rows) {
        return new Revision(stored, rows);
    }

    static Revision deletion(StoredDocument stored) {
        return new Revision(stored, null);
    }

    /**
     * A stored link stays when the new version has the same unit (and share) at its measure and position; every
     * other stored link goes, every other new row is created.
     */
    private void diffLinks(StoredDocument stored,
                           Function<StoredDocument.StoredMeasure, List<StoredDocument.Link>> links,
                           List<Map<String, Object>> rows, List<Map<String, Object>> created) {
        Map<String, StoredDocument.Link> byPosition = new HashMap<>();
        stored.measures().forEach((uid, m) -> links.apply(m).forEach(l -> byPosition.put(uid + "#" + l.position(), l)));
        for (Map<String, Object> row : rows) {
            StoredDocument.Link old = byPosition.get(row.get("measure") + "#" + row.get("position"));
            if (old != null && old.unit().equals(row.get("unit")) && Objects.equals(old.share(), row.get("share"))) {
                byPosition.remove(row.get("measure") + "#" + row.get("position"));
            } else {
                created.add(row);
            }
        }
        byPosition.values().forEach(l -> relationshipsGone.add(l.id()));
    }

    /** Every column equal, and no stored property the row lacks (an older release's). */
    private static boolean sameProperties(Map<String, Object> row, Map<String, Value> stored) {
        for (var column : row.entrySet()) {
            if (!same(column.getValue(), stored.get(column.getKey()))) {
                return false;
            }
        }
        return row.keySet().containsAll(stored.keySet());
    }

    private static boolean same(Object value, Value stored) {
        return Values.value(value).equals(stored == null ? Values.NULL : stored);
    }

}
