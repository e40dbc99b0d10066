package org.respnet.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * The weighted unit graph in index form, and its Leiden partition by the CWTS library (the Leiden authors' own
 * implementation). Pure computation: no database, so it is tested on its own.
 *
 * <p>Nodes are the units with at least one pair of positive weight, numbered in {@link String} order of their
 * names; the adjacency is one compressed array (each pair in both directions, neighbours in increasing order), the
 * same layout CWTS's {@link Network} sorts its edge lists into, so it is handed over without a second sort.
 */
final class Partition {

    /**
     * Leiden iterations (local moving, refinement, aggregation) from singletons. On the L graph (10,000 units, 4.5
     * million pairs) each costs a second or more and the first already gives the partition of 50 (BENCHMARKS.md);
     * on the seed one iteration (CWTS's default) falls short of 50 by 0.00004 modularity and two do not
     * (PartitionTest).
     */
    static final int LEIDEN_ITERATIONS = 2;

    final List<String> names;
    /** Compressed adjacency: the neighbours of v are {@code neighbour[first[v]] … neighbour[first[v + 1] - 1]}. */
    final long[] first;
    final int[] neighbour;
    final double[] weight;
    final double[] strength;
    /** Sum of the pair weights (each pair once): m in Q = Σ_c [w_in(c)/m − (K_c/2m)²]. */
    final double totalWeight;
    final int edgeCount;

    Partition(List<CoordinationEdge> edges, Weighting weighting) {
        this(UnitPairs.of(edges, weighting));
    }

    Partition(UnitPairs pairs) {
        int candidates = pairs.names().length;
        boolean[] used = new boolean[candidates];
        int kept = 0;
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.weight()[i] > 0) {
                if (pairs.from()[i] == pairs.to()[i]) {
                    throw new IllegalArgumentException("a unit paired with itself: " + pairs.names()[pairs.from()[i]]);
                }
                used[pairs.from()[i]] = true;
                used[pairs.to()[i]] = true;
                kept++;
            }
        }
        Integer[] order = new Integer[candidates];
        int n = 0;
        for (int v = 0; v < candidates; v++) {
            if (used[v]) {
                order[n++] = v;
            }
        }
        Arrays.sort(order, 0, n, Comparator.comparing(v -> pairs.names()[v]));
        int[] node = new int[candidates];
        List<String> sortedNames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            node[order[i]] = i;
            sortedNames.add(pairs.names()[order[i]]);
        }
        names = List.copyOf(sortedNames);
        edgeCount = kept;

        // Both directions of each kept pair, counted per node, then placed row by row in increasing neighbour
        // order: a counting sort by neighbour, then a stable one by node.
        int entries = 2 * kept;
        int[] rowOf = new int[entries];
        int[] columnOf = new int[entries];
        double[] weightOf = new double[entries];
        int e = 0;
        double total = 0;
        for (int i = 0; i < pairs.size(); i++) {
            double w = pairs.weight()[i];
            if (w > 0) {
                int a = node[pairs.from()[i]];
                int b = node[pairs.to()[i]];
                rowOf[e] = a;
                columnOf[e] = b;
                weightOf[e++] = w;
                rowOf[e] = b;
                columnOf[e] = a;
                weightOf[e++] = w;
                total += w;
            }
        }
        totalWeight = total;
        int[] byColumn = countingOrder(columnOf, null, n);
        int[] byRow = countingOrder(rowOf, byColumn, n);
        first = new long[n + 1];
        for (int i = 0; i < entries; i++) {
            first[rowOf[i] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            first[v + 1] += first[v];
        }
        neighbour = new int[entries];
        weight = new double[entries];
        strength = new double[n];
        for (int i = 0; i < entries; i++) {
            int source = byRow[i];
            neighbour[i] = columnOf[source];
            weight[i] = weightOf[source];
            strength[rowOf[source]] += weightOf[source];
        }
    }

    /** Indices of {@code key} ordered by key, stably over {@code within} (or over 0, 1, 2, … when null). */
    private static int[] countingOrder(int[] key, int[] within, int keys) {
        int[] start = new int[keys + 1];
        for (int k : key) {
            start[k + 1]++;
        }
        for (int k = 0; k < keys; k++) {
            start[k + 1] += start[k];
        }
        int[] order = new int[key.length];
        for (int j = 0; j < key.length; j++) {
            int i = within == null ? j : within[j];
            order[start[key[i]]++] = i;
        }
        return order;
    }

    int nodeCount() {
        return names.size();
    }

    /** Leiden for modularity at {@code resolution}; cluster ids renumbered by size (0 = largest), then by first name. */
    int[] leiden(double resolution, long seed) {
        return leiden(resolution, seed, LEIDEN_ITERATIONS);
    }

    int[] leiden(double resolution, long seed, int iterations) {
        int n = nodeCount();
        if (n == 0) {
            return new int[0];
        }
        Network network = new Network(n, true, first, new LargeIntArray(neighbour), new LargeDoubleArray(weight), false);
        // CWTS optimises CPM; modularity is CPM on strength-weighted nodes with resolution / 2m.
        double cpmResolution = resolution / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
        LeidenAlgorithm algorithm = new LeidenAlgorithm(cpmResolution, iterations, LeidenAlgorithm.DEFAULT_RANDOMNESS,
                new Random(seed));
        Clustering clustering = new Clustering(n);
        algorithm.improveClustering(network, clustering);
        return renumberBySize(clustering.getClusters());
    }

    /** Newman's modularity Q = Σ_c [ w_in(c)/m − (K_c/2m)² ] at resolution 1. */
    double modularity(int[] cluster) {
        if (totalWeight == 0) {
            return 0;
        }
        int clusterCount = Arrays.stream(cluster).max().orElse(-1) + 1;
        double[] internal = internalWeights(cluster, clusterCount);
        double[] clusterStrength = new double[clusterCount];
        for (int v = 0; v < cluster.length; v++) {
            clusterStrength[cluster[v]] += strength[v];
        }
        double q = 0;
        for (int c = 0; c < clusterCount; c++) {
            q += internal[c] / totalWeight - Math.pow(clusterStrength[c] / (2 * totalWeight), 2);
        }
        return q;
    }

    /** Total weight of the pairs inside each cluster, in one pass over the adjacency. */
    double[] internalWeights(int[] cluster, int clusterCount) {
        double[] w = new double[clusterCount];
        for (int v = 0; v < cluster.length; v++) {
            for (long i = first[v]; i < first[v + 1]; i++) {
                int u = neighbour[(int) i];
                if (u > v && cluster[u] == cluster[v]) {
                    w[cluster[v]] += weight[(int) i];
                }
            }
        }
        return w;
    }

    /**
     * Guimerà and Amaral's participation coefficient with weighted strengths: P_v = 1 − Σ_c (k_vc / k_v)², where
     * k_vc is the weight of v's pairs with members of cluster c and k_v its strength. 0 when all of a unit's ties
     * stay in one cluster, approaching 1 − 1/C when they spread evenly over C clusters. One pass over the pairs.
     */
    double[] participation(int[] cluster, int clusterCount) {
        double[] p = new double[cluster.length];
        double[] toCluster = new double[clusterCount];
        int[] touched = new int[clusterCount];
        for (int v = 0; v < cluster.length; v++) {
            int count = 0;
            for (long i = first[v]; i < first[v + 1]; i++) {
                int c = cluster[neighbour[(int) i]];
                if (toCluster[c] == 0) {
                    touched[count++] = c;
                }
                toCluster[c] += weight[(int) i];
            }
            double sum = 0;
            for (int j = 0; j < count; j++) {
                double share = toCluster[touched[j]] / strength[v];
                sum += share * share;
                toCluster[touched[j]] = 0;
            }
            p[v] = strength[v] > 0 ? Math.max(0, 1 - sum) : 0;
        }
        return p;
    }

    private int[] renumberBySize(int[] raw) {
        int rawCount = Arrays.stream(raw).max().orElse(-1) + 1;
        int[] size = new int[rawCount];
        int[] firstMember = new int[rawCount];
        Arrays.fill(firstMember, -1);
        for (int v = 0; v < raw.length; v++) {
            size[raw[v]]++;
            if (firstMember[raw[v]] < 0) {
                firstMember[raw[v]] = v;
            }
        }
        // Nodes are in name order, so a cluster's first member is also its first name.
        Integer[] ids = new Integer[rawCount];
        int present = 0;
        for (int c = 0; c < rawCount; c++) {
            if (size[c] > 0) {
                ids[present++] = c;
            }
        }
        Arrays.sort(ids, 0, present, Comparator.<Integer>comparingInt(c -> -size[c]).thenComparingInt(c -> firstMember[c]));
        int[] renumbered = new int[rawCount];
        for (int id = 0; id < present; id++) {
            renumbered[ids[id]] = id;
        }
        int[] result = new int[raw.length];
        for (int v = 0; v < raw.length; v++) {
            result[v] = renumbered[raw[v]];
        }
        return result;
    }
}
