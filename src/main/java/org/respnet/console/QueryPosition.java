package org.respnet.console;

/** A place in the query text: 1-based line and column, 0-based character offset. */
public record QueryPosition(int line, int column, int offset) {
}
