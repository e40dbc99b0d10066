package org.respnet.query;

import java.util.List;

public record MeasureDetail(String document, String number, long index, Integer section, String sectionTitle,
                            String subsectionTitle, String text, String clause, String deadline,
                            List<String> collectives, List<String> leads, List<String> participants) {
}
