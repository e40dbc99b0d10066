package org.respnet.query;

import java.util.Objects;

/**
 * A position in (document, index) order: the measure {@code document#index}, which is also the measure's uid.
 * Pages of a unit's measures continue after it.
 */
public record MeasureCursor(String document, int index) {

    public MeasureCursor {
        Objects.requireNonNull(document, "document");
        if (document.isEmpty() || index < 0) {
            throw new IllegalArgumentException("not a measure position: " + document + "#" + index);
        }
    }

    /** @throws IllegalArgumentException unless the text is {@code document#index} with a non-negative index */
    public static MeasureCursor parse(String text) {
        int hash = text.lastIndexOf('#');
        if (hash <= 0 || hash == text.length() - 1) {
            throw new IllegalArgumentException("expected document#index, e.g. 衢委发[2016]3号#12");
        }
        int index;
        try {
            index = Integer.parseInt(text.substring(hash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the part after # must be a measure index");
        }
        return new MeasureCursor(text.substring(0, hash), index);
    }

    @Override
    public String toString() {
        return document + "#" + index;
    }
}
