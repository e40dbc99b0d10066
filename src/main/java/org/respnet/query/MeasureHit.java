package org.respnet.query;

import java.util.List;

public record MeasureHit(String document, String number, long index, Integer section, String sectionTitle,
                         String text, double score, List<String> leads) {
}
