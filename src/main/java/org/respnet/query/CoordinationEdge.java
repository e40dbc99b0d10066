package org.respnet.query;

/** Two units and the measures they share (names in code-point order, a before b). */
public record CoordinationEdge(String a, String b, long measures, double inverse, long leadLead) {
}
