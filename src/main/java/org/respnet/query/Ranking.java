package org.respnet.query;

import java.util.List;

/** A ranking states its formula so a reader of the numbers knows what they mean. */
public record Ranking(String formula, double leadWeight, double participationWeight, List<RankedUnit> units) {
}
