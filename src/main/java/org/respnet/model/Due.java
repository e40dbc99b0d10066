package org.respnet.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * When a measure falls due, as its deadline phrase says: a date the text fixes, a standing duty, or a phrase that
 * names no date. The phrase is kept as written; {@link Deadlines#resolve} makes the rest of it.
 *
 * @param kind   what the phrase fixes
 * @param date   the last day the measure is due by (inclusive) for {@link Kind#DATE}, else null
 * @param phrase the deadline as written ({@code 2022年10月底前}, {@code 长期坚持})
 */
public record Due(Kind kind, LocalDate date, String phrase) {

    public enum Kind {
        /** The text fixes a day, month, quarter, half-year or year: {@link #date} is its last day. */
        DATE,
        /** A standing or recurring duty ({@code 长期坚持}, {@code 持续推进}, {@code 每年2月底前}, {@code 2019年起}). */
        ONGOING,
        /** A phrase that fixes no date ({@code 尽快}), or one relative to a year the document does not state. */
        UNKNOWN;

        /** The stored form: {@code date}, {@code ongoing}, {@code unknown}. */
        public String stored() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Due {
        if ((kind == Kind.DATE) != (date != null)) {
            throw new IllegalArgumentException("a date goes with kind DATE only: " + kind + " " + date);
        }
    }
}
