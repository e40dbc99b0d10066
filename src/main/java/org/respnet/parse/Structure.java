package org.respnet.parse;

import java.util.List;
import org.respnet.model.Section;

/**
 * The outline of a document: the lines before the first measure or table, its sections, the measures found, and
 * the paragraphs that are neither (read for supervisors).
 */
record Structure(List<Line> header, List<Section> sections, List<MeasureDraft> measures, List<String> plainText) {
}
