package org.respnet.query;

import java.util.List;

public record UnitDetail(String name, String kind, String kindLabel, List<String> aliases, long rank, long leads,
                         long participations, double leadShare, double workload, List<String> supervises,
                         List<UnitMeasure> measures, List<Partner> partners) {

    /** @param role {@code lead} or {@code participant} */
    public record UnitMeasure(String role, String document, String number, Integer section, String sectionTitle,
                              String text, String deadline, long leadCount, long unitCount) {
    }

    /** A unit this one shares measures with; {@code inverse} is the 1/(k−1)-weighted strength of the tie. */
    public record Partner(String name, String kind, long measures, long leadLead, long leadParticipant, double inverse) {
    }
}
