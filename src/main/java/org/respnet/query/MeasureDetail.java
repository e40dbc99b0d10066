package org.respnet.query;

import java.util.List;

/**
 * One measure as stored.
 *
 * @param clause   the responsibility clause as written, or null
 * @param location where the measure starts in its source file ({@code line 12}, {@code page 3, line 4})
 * @param persons  people the clause names as answerable; never units
 */
public record MeasureDetail(String document, String number, long index, Integer section, String sectionTitle,
                            String subsectionTitle, String text, String clause, String deadline, String location,
                            List<String> collectives, List<String> persons, List<String> leads,
                            List<String> participants) {
}
