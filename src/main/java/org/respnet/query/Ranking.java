package org.respnet.query;

import java.util.List;

/** A ranking states its formulas so a reader of the numbers knows what they mean. */
public record Ranking(String formula, String leadShareFormula, double leadWeight, double participationWeight,
                      List<RankedUnit> units) {

    public static final String LEAD_SHARE_FORMULA =
            "leadShare = leadCredit / Σ leadCredit of every unit in the scope (= the scope's measures with a lead); "
                    + "leadCredit = Σ(1/co-leads of each led measure)";
}
