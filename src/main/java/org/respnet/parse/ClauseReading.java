package org.respnet.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.respnet.parse.Labels.Role;

/** What one clause has said so far, and how its roles resolve into leads and participants. */
final class ClauseReading {

    private record Entry(Mention mention, Role role) {
    }

    private final String clause;
    private final List<String> warnings;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Mention> waitingForVerb = new ArrayList<>();
    private final List<String> deadlines = new ArrayList<>();
    private final List<String> persons = new ArrayList<>();
    private Role lastLabelRole;
    private String openListTail;
    boolean declaresConvention;
    boolean appliesBelow;

    ClauseReading(String clause, List<String> warnings) {
        this.clause = clause;
        this.warnings = warnings;
    }

    void warn(String problem) {
        warnings.add(problem);
    }

    void addLabelled(Role role, List<Mention> mentions, String label) {
        mentions = checked(mentions);
        if (mentions.isEmpty()) {
            warn("field '" + label + "' names no unit");
        }
        mentions.forEach(m -> entries.add(new Entry(m, role)));
        lastLabelRole = role;
        continueList(mentions, true);
    }

    void addWithVerb(Role role, List<Mention> mentions) {
        mentions = checked(mentions);
        if (mentions.isEmpty() && waitingForVerb.isEmpty()) {
            warn("a role verb has no unit before it");
        }
        waitingForVerb.forEach(m -> entries.add(new Entry(m, role)));
        waitingForVerb.clear();
        mentions.forEach(m -> entries.add(new Entry(m, role)));
        closeList();
    }

    /** A segment that is not a list (an unknown field, prose) ends the list a bare segment would continue. */
    void closeList() {
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
        String last = mentions.stream().filter(m -> !m.collective()).reduce((a, b) -> b).map(Mention::name).orElse(null);
        openListTail = last != null || newList ? last : openListTail;
    }

    /** A list with neither label nor verb continues the label before it, or waits for the verb after it. */
    void addBare(List<Mention> mentions) {
        mentions = checked(mentions);
        if (lastLabelRole != null) {
            mentions.forEach(m -> entries.add(new Entry(m, lastLabelRole)));
        } else {
            waitingForVerb.addAll(mentions);
        }
        continueList(mentions, false);
    }

    /** A sentence inside a clause: its collective phrases are kept, the rest is reported and names nobody. */
    void addProse(String sentence, List<Mention> collectives) {
        warn("'" + sentence + "' is a remark, not a list of units; set aside");
        collectives.forEach(m -> entries.add(new Entry(m, Role.RESPONSIBLE)));
        closeList();
    }

    /** Items that cannot be unit names (prose, unbalanced brackets) are reported and left out. */
    private List<Mention> checked(List<Mention> mentions) {
        List<Mention> kept = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.collective() || UnitNames.plausible(m.name())) {
                kept.add(m);
            } else {
                warn("'" + m.writtenAs() + "' does not read as a unit name; left out");
            }
        }
        return kept;
    }

    void addDeadline(String deadline) {
        if (!deadline.isEmpty()) {
            deadlines.add(deadline);
        }
    }

    void addPersons(String value) {
        for (String person : value.split("[、,]")) {
            String p = person.strip().replaceAll("[。;]+$", "");
            if (!p.isEmpty() && !persons.contains(p)) {
                persons.add(p);
            }
        }
    }

    void finish() {
        // (X、Y(牵头)) says who leads by its mark alone; the others then take part.
        if (waitingForVerb.stream().anyMatch(Mention::markedLead)) {
            waitingForVerb.forEach(m -> entries.add(new Entry(m, Role.RESPONSIBLE)));
            waitingForVerb.clear();
        }
        // A list under a declared first-listed-leads convention has its roles from the declaration.
        if (!declaresConvention && waitingForVerb.stream().anyMatch(m -> !m.collective())) {
            warn("no role stated for " + waitingForVerb.stream().filter(m -> !m.collective()).map(Mention::writtenAs).toList()
                    + " (no 牵头单位/参与单位 label, no 牵头/配合/负责 after them): read as participants");
        }
        waitingForVerb.forEach(m -> entries.add(new Entry(m, Role.RESPONSIBLE)));
        waitingForVerb.clear();
        if (entries.isEmpty() && persons.isEmpty() && deadlines.isEmpty()) {
            warn("the clause names no unit");
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
        boolean firstUnit = true; // the first-listed leads only if the list opens with a unit
        for (Entry entry : entries) {
            Mention m = entry.mention();
            boolean first = firstUnit;
            firstUnit = false;
            if (m.collective()) {
                collectives.add(m.name());
            } else if (anyMarkedLead ? entry.role() == Role.LEAD || m.markedLead() : firstListedLeads && first) {
                leads.add(plain(m));
            } else {
                participants.add(plain(m));
            }
        }
        participants.removeIf(p -> leads.stream().anyMatch(l -> l.name().equals(p.name())));
        String deadline = deadlines.isEmpty() ? null : String.join(",", deadlines);
        return new Responsibility(List.copyOf(leads), List.copyOf(participants), List.copyOf(collectives), deadline,
                List.copyOf(persons));
    }

    /** Drops the lead mark so the same unit compares equal wherever it appears. */
    private static Mention plain(Mention m) {
        return new Mention(m.name(), m.writtenAs(), false, false);
    }
}
