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

    private PlainValues() {
    }

    static Object of(Value value) {
        return plain(value.asObject());
    }

    private static Object plain(Object value) {
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
            return list.stream().map(PlainValues::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
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
}
