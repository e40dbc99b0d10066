package org.respnet.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One document's weight on each unit pair sharing its measures (the COORDINATES totals), counted the same way from a
 * parsed document and from the version stored in the graph, so a revision can add the difference.
 */
final class PairWeights {

    /** A measure's units as its lead and participation lists hold them, in order, repeats included. */
    record MeasureUnits(List<String> leads, List<String> participants) {

        /** The units its pairs count: each lead once, then the participants. */
        List<String> units() {
            List<String> units = new ArrayList<>(new LinkedHashSet<>(leads));
            units.addAll(participants);
            return units;
        }

        /**
         * How strongly the measure ties two of its units, stored on the measure ({@code pairWeight}) so every
         * statement that sums pairs reads it rather than restating it: 1/(k−1) for a measure of k units, so a small
         * joint task ties two units more strongly than a 24-unit one. Null for a measure with fewer than two units.
         */
        Double pairWeight() {
            int k = leads.size() + participants.size();
            return k < 2 ? null : 1.0 / (k - 1);
        }
    }

    /** A pair's two unit names in code-point order. */
    record Pair(String a, String b) {
        static Pair of(String x, String y) {
            return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
        }

        /** The key of the pair's COORDINATES relationship, unique over the graph. */
        String key() {
            return a + "|" + b;
        }
    }

    /** Locks are taken in this order, so concurrent loads never wait on each other's pairs in a cycle. */
    static final Comparator<Pair> ORDER = Comparator.comparing(Pair::a).thenComparing(Pair::b);

    static final class Weight {
        long measures;
        long leadLead;
        long leadParticipant;
        double inverse;

        void add(int leadsInPair, double inverseWeight) {
            measures++;
            if (leadsInPair == 2) {
                leadLead++;
            } else if (leadsInPair == 1) {
                leadParticipant++;
            }
            inverse += inverseWeight;
        }

        boolean sameAs(Weight other) {
            return measures == other.measures && leadLead == other.leadLead
                    && leadParticipant == other.leadParticipant && inverse == other.inverse;
        }
    }

    private PairWeights() {
    }

    static Map<Pair, Weight> of(Iterable<MeasureUnits> measures) {
        Map<Pair, Weight> pairs = new HashMap<>();
        for (MeasureUnits m : measures) {
            Set<String> leads = new HashSet<>(m.leads());
            List<String> units = m.units();
            Double weight = m.pairWeight();
            for (int i = 0; i < units.size(); i++) {
                for (int j = i + 1; j < units.size(); j++) {
                    String a = units.get(i);
                    String b = units.get(j);
                    int leadsInPair = (leads.contains(a) ? 1 : 0) + (leads.contains(b) ? 1 : 0);
                    pairs.computeIfAbsent(Pair.of(a, b), x -> new Weight()).add(leadsInPair, weight);
                }
            }
        }
        return pairs;
    }

    /**
     * What a revision changes on the pair totals, in lock order: a row for each pair whose weight differs between the
     * stored and the new version, with both weights, so the stored total loses the old and gains the new one as a
     * delete and a fresh load would have moved it.
     */
    static List<Map<String, Object>> changes(Map<Pair, Weight> stored, Map<Pair, Weight> revised) {
        Set<Pair> pairs = new HashSet<>(stored.keySet());
        pairs.addAll(revised.keySet());
        Weight none = new Weight();
        return pairs.stream().sorted(ORDER).<Map<String, Object>>map(pair -> {
            Weight before = stored.getOrDefault(pair, none);
            Weight after = revised.getOrDefault(pair, none);
            return before.sameAs(after) ? null : Map.of("pair", pair.key(), "a", pair.a(), "b", pair.b(),
                    "measures", after.measures - before.measures,
                    "leadLead", after.leadLead - before.leadLead,
                    "leadParticipant", after.leadParticipant - before.leadParticipant,
                    "inverseBefore", before.inverse, "inverseAfter", after.inverse);
        }).filter(java.util.Objects::nonNull).toList();
    }
}
