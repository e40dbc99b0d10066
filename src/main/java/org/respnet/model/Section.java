package org.respnet.model;

import java.util.List;

/**
 * A top-level section ({@code 一、…}) with the subsections ({@code (一)…}) that group its measures, if any.
 *
 * @param ordinal 1-based position in the document
 * @param label   the numeral as written, e.g. {@code 四}
 */
public record Section(int ordinal, String label, String title, List<Subsection> subsections) {

    public Section {
        subsections = List.copyOf(subsections);
    }

    /** The stored identity of a document's section ({@code Section.uid}), the one place it is composed. */
    public static String uid(String documentKey, int ordinal) {
        return documentKey + "/" + ordinal;
    }

    /** @param ordinal 1-based position within its section; {@code label} as written, e.g. {@code (二)} */
    public record Subsection(int ordinal, String label, String title) {
    }
}
