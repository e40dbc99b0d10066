package org.respnet.db;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.respnet.cypher.CypherCatalog;

/**
 * Results keyed by the graph version (load/bump-graph-version) and the request: a small LRU map, so a repeated
 * request costs one index seek while the graph is unchanged, and any write (by this process or another client of
 * the same database) that moves the version makes every older entry unreachable.
 *
 * <p>The version is read before the result is computed, so an entry never holds data older than its key: a write
 * that commits in between gives newer data under the older key, which only requests that also read the older
 * version can get. Without a version node (nothing loaded yet) nothing is cached.
 */
public final class VersionedCache {

    public static final int DEFAULT_ENTRIES = 64;

    /** The graph version: epoch tells a recreated version node from an old one whose numbers it repeats. */
    public record Version(String epoch, long number) {
    }

    private record Key(Version version, List<Object> request) {
    }

    private final Graph graph;
    private final String graphVersion;
    private final Map<Key, Object> entries;

    public VersionedCache(Graph graph, CypherCatalog cypher, int maxEntries) {
        this.graph = graph;
        this.graphVersion = cypher.get("query/graph-version");
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The current graph version, or null before the first write. */
    public Version version() {
        return graph.read(tx -> {
            var result = tx.run(graphVersion);
            if (!result.hasNext()) {
                return null;
            }
            var r = result.single();
            return new Version(r.get("epoch").asString(""), r.get("version").asLong());
        });
    }

    /**
     * @param request the request's parameters, nulls allowed; equal lists mean equal results at one version
     */
    @SuppressWarnings("unchecked")
    public <T> T get(List<Object> request, Supplier<T> compute) {
        Version version = version();
        if (version == null) {
            return compute.get();
        }
        Key key = new Key(version, request);
        synchronized (entries) {
            Object cached = entries.get(key);
            if (cached != null) {
                return (T) cached;
            }
        }
        // Computed outside the lock: two concurrent misses both compute, and the later one's result stays.
        T result = compute.get();
        synchronized (entries) {
            entries.put(key, result);
        }
        return result;
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
