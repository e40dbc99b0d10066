package org.respnet.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * A copy of {@code Partition} as it was at 0157c3f (index form from a list of named edges, 50 Leiden iterations),
 * kept in test sources so {@link ClusterProfile} times old and new steps on the same graph in one run.
 */
final class LegacyPartition {

    private static final int LEIDEN_ITERATIONS = 50;

    final List<String> names = new ArrayList<>();
    final int[][] neighbours;
    final double[][] weights;
    final double[] strength;
    final double totalWeight;
    final int edgeCount;
    private final int[] from;
    private final int[] to;
    private final double[] edgeWeight;

    LegacyPartition(List<CoordinationEdge> edges, Weighting weighting) {
        Map<String, Integer> index = new HashMap<>();
        List<CoordinationEdge> kept = edges.stream().filter(e -> weighting.of(e) > 0).toList();
        kept.stream().flatMap(e -> java.util.stream.Stream.of(e.a(), e.b())).sorted().distinct().forEach(name -> {
            index.put(name, names.size());
            names.add(name);
        });
        int n = names.size();
        edgeCount = kept.size();
        from = new int[edgeCount];
        to = new int[edgeCount];
        edgeWeight = new double[edgeCount];
        int[] degree = new int[n];
        double total = 0;
        for (int i = 0; i < edgeCount; i++) {
            CoordinationEdge e = kept.get(i);
            from[i] = index.get(e.a());
            to[i] = index.get(e.b());
            edgeWeight[i] = weighting.of(e);
            degree[from[i]]++;
            degree[to[i]]++;
            total += edgeWeight[i];
        }
        totalWeight = total;
        neighbours = new int[n][];
        weights = new double[n][];
        strength = new double[n];
        for (int v = 0; v < n; v++) {
            neighbours[v] = new int[degree[v]];
            weights[v] = new double[degree[v]];
        }
        int[] fill = new int[n];
        for (int i = 0; i < edgeCount; i++) {
            link(from[i], to[i], edgeWeight[i], fill);
            link(to[i], from[i], edgeWeight[i], fill);
        }
    }

    private void link(int v, int w, double weight, int[] fill) {
        neighbours[v][fill[v]] = w;
        weights[v][fill[v]++] = weight;
        strength[v] += weight;
    }

    /** Leiden for modularity at {@code resolution}; cluster ids renumbered by size (0 = largest), then by first name. */
    int[] leiden(double resolution, long seed) {
        return leiden(resolution, seed, LEIDEN_ITERATIONS);
    }

    int[] leiden(double resolution, long seed, int iterations) {
        int n = names.size();
        if (n == 0) {
            return new int[0];
        }
        LargeIntArray[] edges = {new LargeIntArray(from), new LargeIntArray(to)};
        Network network = new Network(n, true, edges, new LargeDoubleArray(edgeWeight), false, true);
        // CWTS optimises CPM; modularity is CPM on strength-weighted nodes with resolution / 2m.
        double cpmResolution = resolution / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
        LeidenAlgorithm algorithm = new LeidenAlgorithm(cpmResolution, iterations,
                LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(seed));
        Clustering clustering = new Clustering(n);
        algorithm.improveClustering(network, clustering);
        return renumberBySize(clustering.getClusters());
    }

    /** Newman's modularity Q = Σ_c [ w_in(c)/m − (K_c/2m)² ] at resolution 1. */
    double modularity(int[] cluster) {
        if (totalWeight == 0) {
            return 0;
        }
        Map<Integer, double[]> perCluster = new HashMap<>();
        for (int v = 0; v < cluster.length; v++) {
            perCluster.computeIfAbsent(cluster[v], c -> new double[2])[1] += strength[v];
        }
        for (int i = 0; i < edgeCount; i++) {
            if (cluster[from[i]] == cluster[to[i]]) {
                perCluster.get(cluster[from[i]])[0] += edgeWeight[i];
            }
        }
        double q = 0;
        for (double[] c : perCluster.values()) {
            q += c[0] / totalWeight - Math.pow(c[1] / (2 * totalWeight), 2);
        }
        return q;
    }

    /** Total weight of the edges inside each cluster, in one pass over the edges. */
    double[] internalWeights(int[] cluster, int clusterCount) {
        double[] w = new double[clusterCount];
        for (int i = 0; i < edgeCount; i++) {
            if (cluster[from[i]] == cluster[to[i]]) {
                w[cluster[from[i]]] += edgeWeight[i];
            }
        }
        return w;
    }

    private int[] renumberBySize(int[] raw) {
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int v = 0; v < raw.length; v++) {
            members.computeIfAbsent(raw[v], c -> new ArrayList<>()).add(v);
        }
        List<List<Integer>> ordered = new ArrayList<>(members.values());
        ordered.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed()
                .thenComparing(m -> names.get(m.get(0))));
        int[] result = new int[raw.length];
        for (int id = 0; id < ordered.size(); id++) {
            for (int v : ordered.get(id)) {
                result[v] = id;
            }
        }
        return result;
    }
}
