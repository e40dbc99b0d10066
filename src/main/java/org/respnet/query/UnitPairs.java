package org.respnet.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted unit pairs in primitive arrays: pair {@code i} joins {@code names[from[i]]} and {@code names[to[i]]} with
 * weight {@code weight[i]}. At L (10,000 units, 4.5 million pairs) this is ~72 MiB where a list of named edge records
 * read through the driver took most of a 4 GiB heap.
 *
 * @param names units, in any order; units without a pair are allowed (they are left out of the partition)
 */
record UnitPairs(String[] names, int[] from, int[] to, double[] weight) {

    UnitPairs {
        if (from.length != to.length || from.length != weight.length) {
            throw new IllegalArgumentException("from, to and weight differ in length");
        }
    }

    int size() {
        return from.length;
    }

    /** Named edges (a few thousand, for one document or section) with the chosen weight. */
    static UnitPairs of(List<CoordinationEdge> edges, Weighting weighting) {
        Map<String, Integer> index = new HashMap<>();
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        double[] weight = new double[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            CoordinationEdge e = edges.get(i);
            from[i] = index.computeIfAbsent(e.a(), k -> index.size());
            to[i] = index.computeIfAbsent(e.b(), k -> index.size());
            weight[i] = weighting.of(e);
        }
        String[] names = new String[index.size()];
        index.forEach((name, i) -> names[i] = name);
        return new UnitPairs(names, from, to, weight);
    }
}
