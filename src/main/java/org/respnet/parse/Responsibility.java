package org.respnet.parse;

import java.util.List;

/** Who answers for one measure, as read from its clause. */
record Responsibility(List<Mention> leads, List<Mention> participants, List<String> collectives, String deadline,
                      List<String> persons) {

    static final Responsibility NONE = new Responsibility(List.of(), List.of(), List.of(), null, List.of());
}
