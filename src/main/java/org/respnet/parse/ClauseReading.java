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
    private String openListTail;
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
        checkNames(mentions);
        if (mentions.isEmpty()) {
            throw error("label '" + label + "' names no unit");
        }
        mentions.forEach(m -> entries.add(new Entry(m, role)));
        lastLabelRole = role;
        continueList(mentions, true);
    }

    void addWithVerb(Role role, List<Mention> mentions) {
        checkNames(mentions);
        if (mentions.isEmpty() && waitingForVerb.isEmpty()) {
            throw error("a role verb has no unit before it");
        }
        waitingForVerb.forEach(m -> entries.add(new Entry(m, role)));
        waitingForVerb.clear();
        mentions.forEach(m -> entries.add(new Entry(m, role)));
        lastLabelRole = null;
        openListTail = null;
    }

    /**
     * The last unit of a list still open (after a label, or waiting for its verb), so that a list split at a comma
     * ({@code 牵头单位:市人大法工委,内司工委}) still restores the prefix its items share; null otherwise.
     */
    String openListTail() {
        return openListTail;
    }

    private void continueList(List<Mention> mentions, boolean newList) {
        String last = mentions.stream().filter(m -> !m.collective()).reduce((a, b) -> b).map(Mention::writtenAs).orElse(null);
        openListTail = last != null || newList ? last : openListTail;
    }

    /** A list with neither label nor verb continues the label before it, or waits for the verb after it. */
    void addBare(List<Mention> mentions) {
        checkNames(mentions);
        if (lastLabelRole != null) {
            mentions.forEach(m -> entries.add(new Entry(m, lastLabelRole)));
        } else {
            waitingForVerb.addAll(mentions);
        }
        continueList(mentions, false);
    }

    /** An item that opens with a parenthesis or still holds a separator is a list the splitter could not open. */
    private void checkNames(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (!m.collective() && (m.name().startsWith("(") || m.name().contains("、") || m.name().contains(","))) {
                throw error("'" + m.writtenAs() + "' is not a unit name (unbalanced parentheses?)");
            }
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
