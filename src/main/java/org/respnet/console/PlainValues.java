package org.respnet.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/** Driver values as plain JSON-ready Java: graph elements become tagged maps, temporal and spatial values strings. */
final class PlainValues {

    /**
     * Lists and maps nested deeper than this are refused: the JSON writer stops at 1,000 levels, after the answer
     * has begun, which left a 500 with an empty body; no analyst's result nests this deep.
     */
    static final int MAX_DEPTH = 100;

    private PlainValues() {
    }

    static Object of(Value value) {
        return plain(value.asObject(), 0);
    }

    private static Object plain(Object value) {
        return plain(value, 0);
    }

    private static Object plain(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ConsoleException(ConsoleException.Reason.TOO_LARGE, "A value in the result is nested more than "
                    + MAX_DEPTH + " levels deep (lists in lists or maps in maps); the console does not show such values.",
                    null);
        }
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        if (value instanceof Node node) {
            Map<String, Object> out = tagged("node", node);
            out.put("labels", node.labels());
            out.put("properties", properties(node));
            return out;
        }
        if (value instanceof Relationship rel) {
            Map<String, Object> out = tagged("relationship", rel);
            out.put("type", rel.type());
            out.put("start", rel.startNodeElementId());
            out.put("end", rel.endNodeElementId());
            out.put("properties", properties(rel));
            return out;
        }
        if (value instanceof Path path) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("_type", "path");
            List<Object> nodes = new ArrayList<>();
            path.nodes().forEach(n -> nodes.add(plain(n)));
            List<Object> rels = new ArrayList<>();
            path.relationships().forEach(r -> rels.add(plain(r)));
            out.put("nodes", nodes);
            out.put("relationships", rels);
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> plain(v, depth + 1)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v, depth + 1)));
            return out;
        }
        if (value instanceof byte[] bytes) {
            return java.util.Base64.getEncoder().encodeToString(bytes);
        }
        // dates, times, durations and points: their Cypher text is what an analyst expects to read
        return value.toString();
    }

    @SuppressWarnings("deprecation")
    private static Map<String, Object> tagged(String type, Entity entity) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_type", type);
        out.put("id", entity.elementId());
        return out;
    }

    private static Map<String, Object> properties(Entity entity) {
        Map<String, Object> out = new LinkedHashMap<>();
        entity.asMap().forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }

    /** About the bytes a plain value takes as JSON (UTF-8), to cap an answer's size without writing it twice. */
    static long jsonBytes(Object value) {
        if (value == null) {
            return 4;
        }
        if (value instanceof String text) {
            long bytes = 2;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                bytes += c < 0x80 ? (c < 0x20 || c == '"' || c == '\\' ? 2 : 1) : c < 0x800 ? 2 : 3;
            }
            return bytes;
        }
        if (value instanceof List<?> list) {
            long bytes = 2;
            for (Object item : list) {
                bytes += jsonBytes(item) + 1;
            }
            return bytes;
        }
        if (value instanceof Map<?, ?> map) {
            long bytes = 2;
            for (var entry : map.entrySet()) {
                bytes += jsonBytes(String.valueOf(entry.getKey())) + jsonBytes(entry.getValue()) + 2;
            }
            return bytes;
        }
        return String.valueOf(value).length();
    }
}
