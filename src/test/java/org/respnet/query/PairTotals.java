package org.respnet.query;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.respnet.model.Measure;

/**
 * The COORDINATES pair totals that loading a generated workload would leave in the graph, computed in memory with
 * the same rule as {@code org.respnet.load.DocumentRows#coordinates} (leads first, then participants; each pair of a
 * measure of k units adds 1 measure and 1/(k−1)), summed over all documents. For profiling the cluster steps at L
 * without a 40-minute load.
 *
 * @param names unit names in {@link String} order; {@code a[i] < b[i]} index into it
 */
public record PairTotals(String[] names, int[] a, int[] b, long[] measures, long[] leadLead, long[] leadParticipant,
                         double[] inverse) {

    /** The pair totals of these measures, whose units are all among {@code units}. */
    public static PairTotals of(Collection<String> units, Stream<Measure> measures) {
        String[] names = units.stream().distinct().sorted().toArray(String[]::new);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
        }
        Accumulator sums = new Accumulator(names.length);
        measures.forEach(m -> {
            Set<String> leads = new LinkedHashSet<>(m.leads());
            int[] at = new int[leads.size() + m.participants().size()];
            int k = 0;
            for (String unit : leads) {
                at[k++] = index.get(unit);
            }
            for (String unit : m.participants()) {
                at[k++] = index.get(unit);
            }
            int leadCount = leads.size();
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++) {
                    int leadsInPair = (i < leadCount ? 1 : 0) + (j < leadCount ? 1 : 0);
                    sums.add(at[i], at[j], leadsInPair, 1.0 / (k - 1));
                }
            }
        });
        return sums.totals(names);
    }

    public int size() {
        return a.length;
    }

    /** Open addressing on the pair key a·n + b: 4.5 million pairs at L in a few hundred MiB of primitive arrays. */
    private static final class Accumulator {
        private final long n;
        private long[] keys;
        private int[] slots;
        private int count;
        private long[] measures = new long[1 << 16];
        private long[] leadLead = new long[1 << 16];
        private long[] leadParticipant = new long[1 << 16];
        private double[] inverse = new double[1 << 16];

        Accumulator(int n) {
            this.n = n;
            keys = new long[1 << 16];
            Arrays.fill(keys, -1);
            slots = new int[1 << 16];
        }

        void add(int x, int y, int leadsInPair, double inverseWeight) {
            long key = x < y ? x * n + y : y * n + x;
            int slot = slot(key);
            measures[slot]++;
            if (leadsInPair == 2) {
                leadLead[slot]++;
            } else if (leadsInPair == 1) {
                leadParticipant[slot]++;
            }
            inverse[slot] += inverseWeight;
        }

        private int slot(long key) {
            int mask = keys.length - 1;
            int h = (int) (mix(key) & mask);
            while (keys[h] != -1) {
                if (keys[h] == key) {
                    return slots[h];
                }
                h = (h + 1) & mask;
            }
            if (count * 2 >= keys.length) {
                grow();
                return slot(key);
            }
            keys[h] = key;
            slots[h] = count;
            if (count == measures.length) {
                int size = measures.length * 2;
                measures = Arrays.copyOf(measures, size);
                leadLead = Arrays.copyOf(leadLead, size);
                leadParticipant = Arrays.copyOf(leadParticipant, size);
                inverse = Arrays.copyOf(inverse, size);
            }
            return count++;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldSlots = slots;
            keys = new long[oldKeys.length * 2];
            Arrays.fill(keys, -1);
            slots = new int[keys.length];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != -1) {
                    int h = (int) (mix(oldKeys[i]) & mask);
                    while (keys[h] != -1) {
                        h = (h + 1) & mask;
                    }
                    keys[h] = oldKeys[i];
                    slots[h] = oldSlots[i];
                }
            }
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }

        /** Pairs sorted by (a, b), as a query ordered by names would give them. */
        PairTotals totals(String[] names) {
            long[] order = new long[count];
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != -1) {
                    order[slots[i]] = keys[i];
                }
            }
            long[] sortedKeys = order.clone();
            Arrays.sort(sortedKeys);
            int[] a = new int[count];
            int[] b = new int[count];
            long[] m = new long[count];
            long[] ll = new long[count];
            long[] lp = new long[count];
            double[] inv = new double[count];
            for (int i = 0; i < count; i++) {
                int slot = slot(sortedKeys[i]);
                a[i] = (int) (sortedKeys[i] / n);
                b[i] = (int) (sortedKeys[i] % n);
                m[i] = measures[slot];
                ll[i] = leadLead[slot];
                lp[i] = leadParticipant[slot];
                inv[i] = inverse[slot];
            }
            return new PairTotals(names, a, b, m, ll, lp, inv);
        }
    }

    /** The pairs as the list the cluster code read before, sharing one String per unit. */
    public <T> List<T> map(PairMapper<T> mapper) {
        return java.util.stream.IntStream.range(0, size())
                .mapToObj(i -> mapper.map(names[a[i]], names[b[i]], measures[i], inverse[i], leadLead[i])).toList();
    }

    @FunctionalInterface
    public interface PairMapper<T> {
        T map(String a, String b, long measures, double inverse, long leadLead);
    }
}
