package org.respnet.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document, the one shape of every failure ({@link ErrorMapping} builds them all).
 *
 * @param parameter the offending query parameter, when there is one
 * @param line      for a Cypher error, where in the user's query Neo4j found it (with {@code column}, {@code offset})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String parameter,
                      Integer line, Integer column, Integer offset) {

    Problem(String type, String title, int status, String detail, String instance, String parameter) {
        this(type, title, status, detail, instance, parameter, null, null, null);
    }
}
