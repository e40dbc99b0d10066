package org.respnet.parse;

import java.util.List;
import org.respnet.model.Section;

/**
 * The document's outline: its sections, the paragraphs taken as measures, and the remaining plain text.
 *
 * @param header    lines before the first heading or measure, where the metadata is
 * @param plainText paragraphs that are neither headings nor measures (preamble, closing remarks)
 */
record Structure(List<Line> header, List<Section> sections, List<MeasureDraft> measures, List<String> plainText) {
}
