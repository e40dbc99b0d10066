package org.respnet.bench;

import java.util.Locale;

/**
 * The shape of a generated responsibility network.
 *
 * @param units all units that can be named, the 12 mass organisations included; every one is named at least once
 *              as long as there are at least as many measures as units
 */
record WorkloadSpec(String name, int documents, int sectionsPerDocument, int measuresPerDocument, int units, long seed) {

    /** About the seed: one plan of 48 measures naming 45 units. */
    static final WorkloadSpec S = new WorkloadSpec("S", 1, 4, 48, 45, 42);
    /** A city's plans of several years: 10,000 measures, 500 units. */
    static final WorkloadSpec M = new WorkloadSpec("M", 10, 20, 1_000, 500, 42);
    /** A whole country: a million measures of 10,000 units, about ten million responsibilities. */
    static final WorkloadSpec L = new WorkloadSpec("L", 1_000, 20, 1_000, 10_000, 42);

    WorkloadSpec {
        if (documents < 1 || sectionsPerDocument < 1 || measuresPerDocument < sectionsPerDocument
                || units < UnitNames.MASS_ORGANISATIONS.size() + 4) {
            throw new IllegalArgumentException("unusable workload " + name);
        }
        if (measuresPerDocument / sectionsPerDocument > 999) {
            throw new IllegalArgumentException("the parser reads measure numbers of at most three digits");
        }
    }

    /** {@code S}, {@code M}, {@code L}, or {@code L:100} for the first 100 documents of L. */
    static WorkloadSpec named(String name) {
        String[] parts = name.strip().split(":");
        if (parts.length == 2) {
            return named(parts[0]).firstDocuments(Integer.parseInt(parts[1].strip()));
        }
        return switch (name.strip().toUpperCase(Locale.ROOT)) {
            case "S" -> S;
            case "M" -> M;
            case "L" -> L;
            default -> throw new IllegalArgumentException("size " + name + " is not one of S, M, L");
        };
    }

    long measures() {
        return (long) documents * measuresPerDocument;
    }

    /** The first {@code documents} documents of this workload, same units and seed. */
    WorkloadSpec firstDocuments(int count) {
        return new WorkloadSpec(name + "-first" + count + "docs", Math.min(count, documents), sectionsPerDocument,
                measuresPerDocument, units, seed);
    }
}
