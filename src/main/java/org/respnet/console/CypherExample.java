package org.respnet.console;

/** A sample query from {@code cypher/examples/}, with its one-line explanation in both languages. */
public record CypherExample(String name, String zh, String en, String query) {
}
