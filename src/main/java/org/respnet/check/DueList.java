package org.respnet.check;

import java.time.LocalDate;
import java.util.List;

/**
 * Measures falling due in a window, earliest first. RespNet knows when a measure is due, not whether it was done:
 * overdue means its due date is before {@code asOf}.
 *
 * @param from  first due date included (null: no lower bound)
 * @param to    last due date included
 * @param total every measure in the window; {@code measures} stops at the limit
 */
public record DueList(String document, LocalDate asOf, LocalDate from, LocalDate to, long total,
                      List<DueMeasure> measures) {
}
