package org.respnet.query;

import java.util.List;

public record SectionSummary(int ordinal, String label, String title, long measures, long leads, long participations,
                             List<String> subsections) {
}
