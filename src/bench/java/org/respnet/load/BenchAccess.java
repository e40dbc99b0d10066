package org.respnet.load;

/** Lets the benchmark report the loader's package-private batch size without widening it. */
public final class BenchAccess {

    private BenchAccess() {
    }

    public static int batchSize() {
        return DocumentLoader.BATCH_SIZE;
    }
}
