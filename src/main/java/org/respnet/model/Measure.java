package org.respnet.model;

import java.util.List;

/**
 * A numbered measure (task) and who answers for it.
 *
 * @param index        1-based order in the document; unique even where numbering restarts per section
 * @param number       the number as written, NFKC, without a trailing {@code .} or {@code 、} (e.g. {@code 12}, {@code (三)})
 * @param section      ordinal of its top-level section (0 when the document has no headings)
 * @param subsection   ordinal of its subsection within the section, or null
 * @param text         the measure's text without its number and responsibility clause
 * @param clause       the responsibility clause as found, or null when the measure names no one
 * @param leads        lead units, in the order written
 * @param participants participating units, in the order written, never overlapping {@code leads}
 * @param collectives  phrases naming no particular body ({@code 各有关部门}), kept verbatim, not units
 * @param deadline     deadline or standing-duty phrase as written ({@code 2022年10月底前}, {@code 长期坚持}), or null
 * @param persons      people the clause names as answerable ({@code 责任领导:张三}): kept on the measure, never units
 * @param location     where the measure starts in the source file, as a reader finds it ({@code line 12},
 *                     {@code page 3, line 4}, {@code table 1, row 5})
 */
public record Measure(
        int index,
        String number,
        int section,
        Integer subsection,
        String text,
        String clause,
        List<String> leads,
        List<String> participants,
        List<String> collectives,
        String deadline,
        List<String> persons,
        String location) {

    public Measure {
        leads = List.copyOf(leads);
        persons = List.copyOf(persons);
        participants = List.copyOf(participants);
        collectives = List.copyOf(collectives);
    }

    /** No unit named at all: a measure the plan leaves without anyone to answer for it. */
    public boolean unassigned() {
        return leads.isEmpty() && participants.isEmpty();
    }
}
