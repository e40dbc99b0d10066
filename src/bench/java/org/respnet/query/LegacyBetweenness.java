package org.respnet.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * A copy of the sampled Brandes betweenness that named bridging units up to 0157c3f, kept in test sources so
 * {@link ClusterProfile} times it against its replacement in one run.
 */
final class LegacyBetweenness {

    private LegacyBetweenness() {
    }

    /** @param neighbours adjacency lists; {@code weights[v][i]} is the weight of the edge to {@code neighbours[v][i]} */
    static double[] compute(int[][] neighbours, double[][] weights, int maxSources, long seed) {
        int n = neighbours.length;
        double[] centrality = new double[n];
        int[] sources = sources(n, maxSources, seed);
        double[] distance = new double[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        List<List<Integer>> predecessors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            predecessors.add(new ArrayList<>());
        }
        for (int s : sources) {
            Arrays.fill(distance, Double.POSITIVE_INFINITY);
            Arrays.fill(paths, 0);
            Arrays.fill(dependency, 0);
            predecessors.forEach(List::clear);
            Deque<Integer> settled = new ArrayDeque<>();
            distance[s] = 0;
            paths[s] = 1;
            PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> Double.compare(x[0], y[0]));
            queue.add(new double[] {0, s});
            while (!queue.isEmpty()) {
                double[] head = queue.poll();
                int v = (int) head[1];
                if (head[0] > distance[v]) {
                    continue;
                }
                settled.push(v);
                for (int i = 0; i < neighbours[v].length; i++) {
                    int w = neighbours[v][i];
                    double d = distance[v] + 1.0 / weights[v][i];
                    if (d < distance[w] - 1e-12) {
                        distance[w] = d;
                        paths[w] = paths[v];
                        predecessors.get(w).clear();
                        predecessors.get(w).add(v);
                        queue.add(new double[] {d, w});
                    } else if (Math.abs(d - distance[w]) <= 1e-12) {
                        paths[w] += paths[v];
                        predecessors.get(w).add(v);
                    }
                }
            }
            while (!settled.isEmpty()) {
                int w = settled.pop();
                for (int v : predecessors.get(w)) {
                    dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                }
                if (w != s) {
                    centrality[w] += dependency[w];
                }
            }
        }
        double scale = (double) n / sources.length / 2.0; // undirected: each path was counted from both ends
        for (int i = 0; i < n; i++) {
            centrality[i] *= scale;
        }
        return centrality;
    }

    private static int[] sources(int n, int maxSources, long seed) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (n <= maxSources) {
            return all;
        }
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, maxSources);
    }
}
