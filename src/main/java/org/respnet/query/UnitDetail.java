package org.respnet.query;

import java.util.List;

/**
 * @param leadCredit   Σ 1/k over the measures the unit leads with k co-leads, all documents
 * @param leadShare    that credit over all units' lead credit (the measures with a lead), a fraction 0–1, as the
 *                     ranking over all documents gives it
 * @param measures     one page of the unit's measures, in (document, index) order
 * @param measureTotal the unit's measures in scope (all documents, or the one asked for): leads + participations
 * @param next         the cursor of the next page ({@code after=}), or null when this page is the last
 */
public record UnitDetail(String name, String kind, String kindLabel, List<String> aliases, long rank, long leads,
                         long participations, double leadCredit, double leadShare, double workload, List<String> supervises,
                         List<UnitMeasure> measures, List<Partner> partners, long measureTotal, String next) {

    /** @param role {@code lead} or {@code participant} */
    public record UnitMeasure(String role, String document, String number, Integer section, String sectionTitle,
                              String text, String deadline, long leadCount, long unitCount) {
    }

    /** A unit this one shares measures with; {@code inverse} is the 1/(k−1)-weighted strength of the tie. */
    public record Partner(String name, String kind, long measures, long leadLead, long leadParticipant, double inverse) {
    }
}
