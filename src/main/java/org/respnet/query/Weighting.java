package org.respnet.query;

/**
 * How a shared measure counts towards the tie between two units. {@code COUNT}: one per shared measure.
 * {@code INVERSE}: 1/(k−1) per shared measure of k units, so a measure shared by 24 units adds little to each tie
 * and the ubiquitous mass organisations no longer swamp the structure.
 */
public enum Weighting {
    COUNT, INVERSE;

    public double of(CoordinationEdge edge) {
        return this == COUNT ? edge.measures() : edge.inverse();
    }
}
