package org.respnet.parse;

/**
 * A numbered paragraph that may be a measure, before its clause is parsed.
 *
 * @param clauseLine line of the clause (its own line when the clause was written under the measure)
 * @param located    the measure's text and clause, or null when the paragraph has no clause
 */
record MeasureDraft(int lineNo, Line.Kind style, String number, int section, Integer subsection,
                    String paragraph, ClauseLocator.Located located, int clauseLine) {

    boolean hasClause() {
        return located != null;
    }

    MeasureDraft withClauseBelow(ClauseLocator.Located clauseOnly, int lineOfClause) {
        return new MeasureDraft(lineNo, style, number, section, subsection, paragraph,
                new ClauseLocator.Located(paragraph, clauseOnly.clause()), lineOfClause);
    }
}
