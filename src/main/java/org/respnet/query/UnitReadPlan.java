package org.respnet.query;

import java.util.List;

/**
 * How to read a page of a unit's measures (in document, index order) and its partners within a document, chosen
 * from the unit's per-document counts. A busy unit takes part in hundreds of thousands of measures, so its page is
 * not cut from a sort of all of them: the counts say in which document the page starts and how many of the unit's
 * measures to pass over there, and the page is read either from those documents (their measures in index order,
 * each joined to the unit) or from the unit (all its measures in scope, sorted), whichever reads fewer records.
 *
 * @param first         position in {@code documents} where the page starts, or -1 when it starts past the end
 * @param skip          the unit's measures to pass over in that first document
 * @param total         the unit's measures in scope
 * @param size          all measures of the documents in scope
 * @param fromDocuments read the page from the documents' side
 */
record UnitReadPlan(List<DocumentCount> documents, int first, long skip, long total, long size, boolean fromDocuments) {

    /**
     * A record read from a document's side (an index entry, then the measure's few relationships) costs about this
     * many times one read from the unit's side, measured at the benchmark's L size.
     */
    static final int DOCUMENT_SIDE_COST = 3;

    /** One document in scope: the unit's measures there ({@code n}) and all its measures ({@code size}). */
    record DocumentCount(String key, long n, long size) {
    }

    /**
     * @param degree the unit's measures over all documents
     * @param after  a cursor from a previous page, or null to start at {@code offset}
     */
    static UnitReadPlan of(List<DocumentCount> documents, long degree, int offset, MeasureCursor after, int measureLimit) {
        long total = 0;
        long size = 0;
        int first = -1;
        long skip = 0;
        for (int i = 0; i < documents.size(); i++) {
            DocumentCount d = documents.get(i);
            if (first < 0 && (after == null ? total + d.n() > offset : d.key().compareTo(after.document()) >= 0)) {
                first = i;
                skip = after == null ? offset - total : 0;
            }
            total += d.n();
            size += d.size();
        }
        // Records read from the documents: about (skip + page) ÷ the unit's share of the measures in scope.
        boolean fromDocuments = first >= 0
                && DOCUMENT_SIDE_COST * (skip + measureLimit + 1) * size < degree * total;
        return new UnitReadPlan(documents, first, skip, total, size, fromDocuments);
    }

    /** Partners within one document are counted from its measures when the unit's degree dwarfs the document. */
    boolean partnersFromDocument(long degree) {
        return DOCUMENT_SIDE_COST * size < degree;
    }
}
