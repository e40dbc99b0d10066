package org.respnet.console;

import java.util.List;
import java.util.Map;

/**
 * A node as the console shows it (labels, element id, every property) and one page of its neighbours, each
 * {@code {relationship, node}}; {@code total} is all of its relationships, {@code more} whether pages remain.
 */
public record Neighbourhood(Map<String, Object> node, long total, int skip, int limit, List<Object> neighbours,
                            boolean more, long elapsedMs) {
}
