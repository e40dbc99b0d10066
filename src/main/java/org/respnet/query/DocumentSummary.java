package org.respnet.query;

import java.util.List;

public record DocumentSummary(String key, String title, String docNumber, String issuer, String date, String source,
                              long sections, long measures, long units, long leads, long participations,
                              String loadedAt, List<String> supervisors) {
}
