package org.respnet.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.respnet.parse.ClauseParser.Role;

/** What one clause has said so far, and how its roles resolve into leads and participants. */
final class ClauseReading {

    private record Entry(Mention mention, Role role) {
    }

    private final String file;
    private final int lineNo;
    private final String clause;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Mention> waitingForVerb = new ArrayList<>();
    private final List<String> deadlines = new ArrayList<>();
    private Role lastLabelRole;
    boolean declaresConvention;
    boolean appliesBelow;

    ClauseReading(String file, int lineNo, String clause) {
        this.file = file;
        this.lineNo = lineNo;
        this.clause = clause;
    }

    ParseException error(String problem) {
        return new ParseException(file, lineNo, problem + " in clause " + clause);
    }

    void addLabelled(Role role, List<Mention> mentions, String label) {
        if (mentions.isEmpty()) {
            throw error("label '" + label + "' names no unit");
        }
        mentions.forEach(m -> entries.add(new Entry(m, role)));
        lastLabelRole = role;
    }

    void addWithVerb(Role role, List<Mention> mentions) {
        if (mentions.isEmpty() && waitingForVerb.isEmpty()) {
            throw error("a role verb has no unit before it");
        }
        waitingForVerb.forEach(m -> entries.add(new Entry(m, role)));
        waitingForVerb.clear();
        mentions.forEach(m -> entries.add(new Entry(m, role)));
        lastLabelRole = null;
    }

    /** A list with neither label nor verb continues the label before it, or waits for the verb after it. */
    void addBare(List<Mention> mentions) {
        if (lastLabelRole != null) {
            mentions.forEach(m -> entries.add(new Entry(m, lastLabelRole)));
        } else {
            waitingForVerb.addAll(mentions);
        }
    }

    void addDeadline(String deadline) {
        deadlines.add(deadline);
    }

    void finish() {
        // (X、Y(牵头)) says who leads by its mark alone; the others then take part.
        if (waitingForVerb.stream().anyMatch(Mention::markedLead)) {
            waitingForVerb.forEach(m -> entries.add(new Entry(m, Role.RESPONSIBLE)));
            waitingForVerb.clear();
        }
        if (!waitingForVerb.isEmpty()) {
            throw error("cannot tell the role of " + waitingForVerb.stream().map(Mention::writtenAs).toList()
                    + ": no 牵头单位/参与单位 label and no 牵头/配合/负责 after them");
        }
        if (entries.isEmpty()) {
            throw error("names no unit");
        }
    }

    /**
     * Marked leads (label, verb or {@code (牵头)}) win; otherwise the first-listed leads only where the
     * document declared that convention, and only if it is a unit; everyone else participates.
     */
    Responsibility resolve(boolean firstListedLeads) {
        boolean anyMarkedLead = entries.stream().anyMatch(e -> e.role() == Role.LEAD || e.mention().markedLead());
        Set<Mention> leads = new LinkedHashSet<>();
        Set<Mention> participants = new LinkedHashSet<>();
        Set<String> collectives = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Mention m = entry.mention();
            if (m.collective()) {
                collectives.add(m.name());
            } else if (anyMarkedLead ? entry.role() == Role.LEAD || m.markedLead() : firstListedLeads && i == 0) {
                leads.add(plain(m));
            } else {
                participants.add(plain(m));
            }
        }
        participants.removeIf(p -> leads.stream().anyMatch(l -> l.name().equals(p.name())));
        String deadline = deadlines.isEmpty() ? null : String.join(",", deadlines);
        return new Responsibility(List.copyOf(leads), List.copyOf(participants), List.copyOf(collectives), deadline);
    }

    /** Drops the lead mark so the same unit compares equal wherever it appears. */
    private static Mention plain(Mention m) {
        return new Mention(m.name(), m.writtenAs(), false, false);
    }
}
