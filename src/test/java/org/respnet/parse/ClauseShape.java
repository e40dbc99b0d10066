package org.respnet.parse;

import java.util.ArrayList;
import java.util.List;

/** The ways real plans write who leads and who takes part, each rendering a generated measure. */
enum ClauseShape {
    /** {@code (牵头单位:L,参与单位:P)} */
    LABELLED(true),
    /** {@code (牵头部门:L;配合单位:P)} */
    LABELLED_SEMICOLON(true),
    /** {@code (L牵头,P配合)} */
    VERBS(true),
    /** {@code (责任单位:L(牵头)、P)} */
    MARKED(true),
    /** {@code 牵头单位:L;责任单位:P} after the text, without parentheses */
    TAIL(true),
    /** the clause alone on the line under the measure */
    OWN_LINE(true),
    /** {@code (责任单位:U)}: no lead stated, everyone takes part */
    RESPONSIBLE_ONLY(false),
    /** {@code (U负责)}: no lead stated, everyone takes part */
    RESPONSIBLE_VERB(false);

    private final boolean namesLead;

    ClauseShape(boolean namesLead) {
        this.namesLead = namesLead;
    }

    boolean namesLead() {
        return namesLead;
    }

    List<String> lines(String label, GeneratedPlans.Spec spec) {
        List<String> leads = spec.leads();
        List<String> participants = spec.participants();
        String l = String.join("、", leads);
        String p = String.join("、", participants);
        String deadline = spec.deadline().isEmpty() ? ""
                : spec.deadline().startsWith("2") ? ",完成时限:" + spec.deadline() : "," + spec.deadline();
        String clause = switch (this) {
            case LABELLED -> "(牵头单位:" + l + (p.isEmpty() ? "" : ",参与单位:" + p) + deadline + ")";
            case LABELLED_SEMICOLON -> "(牵头部门:" + l + (p.isEmpty() ? "" : ";配合单位:" + p) + deadline + ")";
            case VERBS -> "(" + l + "牵头" + (p.isEmpty() ? "" : "," + p + "配合") + deadline + ")";
            case MARKED -> "(责任单位:" + String.join("、", marked(leads, participants)) + deadline + ")";
            case TAIL, OWN_LINE -> "牵头单位:" + l + (p.isEmpty() ? "" : ";责任单位:" + p);
            case RESPONSIBLE_ONLY -> "(责任单位:" + p + deadline + ")";
            case RESPONSIBLE_VERB -> "(" + p + "负责" + deadline + ")";
        };
        String written = spec.fullWidth() ? fullWidth(clause) : clause;
        return this == OWN_LINE ? List.of(label + spec.text(), written) : List.of(label + spec.text() + written);
    }

    private static List<String> marked(List<String> leads, List<String> participants) {
        List<String> items = new ArrayList<>();
        leads.forEach(u -> items.add(u + "(牵头)"));
        items.addAll(participants);
        return items;
    }

    private static String fullWidth(String s) {
        return s.replace('(', '\uFF08').replace(')', '\uFF09').replace(':', '\uFF1A').replace(',', '\uFF0C')
                .replace(';', '\uFF1B');
    }
}
