package org.respnet.bench;

import org.respnet.query.PairTotals;

/** The pair totals a generated workload would leave in the graph, for profiling clusters without a load. */
public final class GeneratedPairs {

    private GeneratedPairs() {
    }

    /** {@code S}, {@code M}, {@code L} or {@code L:100}, as the benchmark names sizes. */
    public static PairTotals of(String size) {
        NetworkGenerator generator = new NetworkGenerator(WorkloadSpec.named(size));
        return PairTotals.of(generator.universe().stream().map(UnitNames.Named::name).toList(),
                generator.documents().flatMap(d -> d.measures().stream()));
    }
}
