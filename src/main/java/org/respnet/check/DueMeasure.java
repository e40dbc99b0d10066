package org.respnet.check;

import java.time.LocalDate;
import java.util.List;

/** A measure with the date it falls due, its deadline as written and who answers for it. */
public record DueMeasure(String document, String number, long index, Integer section, String text, String deadline,
                         LocalDate dueDate, List<String> leads, List<String> participants) {
}
