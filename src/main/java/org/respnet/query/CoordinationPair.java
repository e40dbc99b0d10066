package org.respnet.query;

import java.util.List;

/** @param shared the count the ranking used: measures, lead–lead or lead–participant, per the requested mode */
public record CoordinationPair(String a, String b, long shared, long measures, long leadLead, long leadParticipant,
                               double inverse, List<SharedMeasure> sharedMeasures) {

    public record SharedMeasure(String document, String number, String aRole, String bRole) {
    }
}
