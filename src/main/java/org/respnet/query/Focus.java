package org.respnet.query;

import java.util.List;

/**
 * One unit and whom it must coordinate with: its partners (step 1), each with the measures they share, and at two
 * steps the partners' own strongest partners.
 *
 * @param partnersInScope every partner in scope; {@code partners} holds the strongest of them
 */
public record Focus(String unit, String kind, int steps, String weighting, int partnersInScope,
                    List<Partner> partners, List<Partner> secondStep, List<GraphView.Edge> secondTies) {

    /**
     * @param step   1 for a direct partner, 2 for a partner's partner
     * @param shared the first measures of the tie (to the focus unit at step 1), in document order
     * @param via    at step 2, the direct partners it ties to
     */
    public record Partner(String name, String kind, int step, long measures, double inverse, double weight,
                          List<SharedMeasure> shared, List<String> via) {
    }

    /** @param unitRole the focus unit's role in the measure; partnerRole the partner's */
    public record SharedMeasure(String document, String number, String text, String unitRole, String partnerRole) {
    }
}
