package org.respnet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Closed-loop HTTP load against a server on loopback: {@code clients} threads each send up to {@code perClient}
 * requests one after another, and stop early once {@code timeBudget} has passed, so a slow endpoint bounds the run
 * instead of stalling it.
 */
final class HttpLatency {

    /** Latencies of one case; {@code requests} counts answered and failed requests. */
    record Stats(int clients, int requests, int errors, double p50Millis, double p99Millis, double maxMillis,
                 double perSecond, String firstError) {

        String summary() {
            return String.format("p50 %s ms, p99 %s ms (%d req, %.0f req/s%s)", Report.millis(p50Millis),
                    Report.millis(p99Millis), requests, perSecond, errors == 0 ? ", 0 errors" : ", " + errors + " ERRORS");
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    HttpLatency(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** @param path request {@code i} of a client asks for {@code path.apply(i)}, already URL-encoded */
    Stats run(int clients, int perClient, Duration timeBudget, IntFunction<String> path) throws Exception {
        long deadline = System.nanoTime() + timeBudget.toNanos();
        AtomicInteger errors = new AtomicInteger();
        String[] firstError = new String[1];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int offset = c * 7919;
            futures.add(pool.submit(() -> {
                long[] times = new long[perClient];
                int done = 0;
                while (done < perClient && System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    String error = get(path.apply(offset + done));
                    times[done++] = System.nanoTime() - t0;
                    if (error != null) {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = error;
                            }
                        }
                    }
                }
                return Arrays.copyOf(times, done);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            for (long t : f.get()) {
                all.add(t);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Stats(clients, sorted.length, errors.get(), percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6, sorted.length / seconds, firstError[0]);
    }

    /** @return null when the answer is 200 with a body, else what went wrong */
    String get(String path) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || response.body().isEmpty()) {
                return path + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(200, response.body().length()));
            }
            return null;
        } catch (Exception e) {
            return path + " failed: " + e;
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
