package org.respnet.query;

import java.time.LocalDate;
import java.util.List;

/**
 * A ranking states its formulas so a reader of the numbers knows what they mean, and the day its overdue counts
 * are as of.
 */
public record Ranking(String formula, String leadShareFormula, double leadWeight, double participationWeight,
                      LocalDate asOf, String overdueRule, List<RankedUnit> units) {

    public static final String OVERDUE_RULE =
            "overdue = the unit's measures in scope (led or supported) whose deadline fixes a date (dueKind 'date') "
                    + "before asOf; overdueLeads = those it leads. From the text's deadlines, not what was done.";

    public static final String LEAD_SHARE_FORMULA =
            "leadShare = leadCredit / Σ leadCredit of every unit in the scope (= the scope's measures with a lead); "
                    + "leadCredit = Σ(1/co-leads of each led measure)";
}
