package org.respnet.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one benchmark run does, from {@code -Dbench.*} system properties (the Maven profile passes them on).
 *
 * @param naiveSizes     sizes on which the naive loader also runs (its first {@code naiveMeasures} measures)
 * @param parseThreads   0: parse, then load, one document after the other; n: n threads read and parse ahead of
 *                       the loader
 * @param loaderSizes    sizes loaded document by document with RespNet's transactional loader
 * @param importSizes    sizes loaded with the bulk import ({@code respnet import}); queries then run on that graph
 * @param addDocuments   on an imported graph, how many further documents the transactional loader adds at the end
 */
record BenchOptions(List<WorkloadSpec> sizes, Set<String> naiveSizes, int naiveMeasures, String pageCache,
                    int requestsPerClient, List<Integer> clients, Duration httpBudget, int parseThreads,
                    Path workDir, Path output, boolean keepStores, Set<String> loaderSizes, Set<String> importSizes,
                    int addDocuments) {

    static BenchOptions fromSystemProperties() {
        return new BenchOptions(
                Arrays.stream(property("bench.sizes", "S,M").split(",")).map(WorkloadSpec::named).toList(),
                sizeSet(property("bench.naiveSizes", "M")),
                Integer.parseInt(property("bench.naiveMeasures", "2000")),
                property("bench.pageCache", "2g"),
                Integer.parseInt(property("bench.requests", "200")),
                Arrays.stream(property("bench.clients", "1,8").split(",")).map(s -> Integer.parseInt(s.strip())).toList(),
                Duration.ofSeconds(Long.parseLong(property("bench.httpBudgetSeconds", "60"))),
                Integer.parseInt(property("bench.parseThreads", "0")),
                Path.of(property("bench.workDir", "target/bench")),
                Path.of(property("bench.output", "BENCHMARKS.md")),
                Boolean.parseBoolean(property("bench.keepStores", "false")),
                sizeSet(property("bench.loaderSizes", "S,M")),
                sizeSet(property("bench.importSizes", "M,L")),
                Integer.parseInt(property("bench.addDocuments", "10")));
    }

    private static Set<String> sizeSet(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    String describeLoader() {
        return org.respnet.load.BenchAccess.batchSize() + " rows per UNWIND; "
                + (parseThreads == 0 ? "parse and load one after the other" : parseThreads + " parse thread(s) ahead of the loader");
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
