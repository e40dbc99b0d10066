package org.respnet.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A unit's measures with a due date, counted by date: the {@code dueDates}, {@code dueCounts} and
 * {@code dueLeadCounts} arrays stored on WORKS_ON (one document) and on the Unit (all documents). Kept by date rather
 * than as an overdue count because "overdue" depends on the day asked about: a ranking sums the counts of the dates
 * before it, a few hundred entries at most, instead of reading the unit's measures.
 */
final class DueCounts {

    /** date → {measures due that day, of those led by the unit}; in date order, as the arrays are stored. */
    private final TreeMap<LocalDate, long[]> byDate = new TreeMap<>();

    void add(LocalDate date, long measures, long led) {
        long[] counts = byDate.computeIfAbsent(date, d -> new long[2]);
        counts[0] += measures;
        counts[1] += led;
    }

    /** Adds another document's counts, as cypher/load/works-on adds them to the stored Unit arrays. */
    void addAll(Map<String, Object> row) {
        @SuppressWarnings("unchecked")
        List<LocalDate> dates = (List<LocalDate>) row.get("dueDates");
        if (dates == null) {
            return;
        }
        List<?> counts = (List<?>) row.get("dueCounts");
        List<?> led = (List<?>) row.get("dueLeadCounts");
        for (int i = 0; i < dates.size(); i++) {
            add(dates.get(i), (Long) counts.get(i), (Long) led.get(i));
        }
    }

    /** Writes the three arrays into a row; none at all when empty, the one form the bulk importer can also write. */
    void putInto(Map<String, Object> row) {
        List<LocalDate> dates = new ArrayList<>(byDate.keySet());
        List<Long> counts = byDate.values().stream().map(c -> c[0]).toList();
        List<Long> led = byDate.values().stream().map(c -> c[1]).toList();
        boolean none = dates.isEmpty();
        row.put("dueDates", none ? null : dates);
        row.put("dueCounts", none ? null : counts);
        row.put("dueLeadCounts", none ? null : led);
    }
}
