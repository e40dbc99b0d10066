package org.respnet.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;

/**
 * Word documents: body paragraphs and tables in file order (headers and footers are not read). A paragraph's
 * automatic list number is rendered into its line; a table row is one line of tab-separated cells, horizontally
 * merged cells giving their text once and empty cells for the rest of the span.
 */
final class DocxReader {

    private final String name;
    private final TextLines lines = new TextLines();
    private WordNumbering numbering;
    private int paragraphNo;
    private int tableNo;
    private int controlNo;

    private DocxReader(String name) {
        this.name = name;
    }

    static DecodedText decode(String name, byte[] bytes) {
        return new DocxReader(name).read(bytes);
    }

    private DecodedText read(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            numbering = new WordNumbering(document);
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraphNo++;
                    addParagraph(paragraph, "paragraph " + paragraphNo);
                } else if (element instanceof XWPFTable table) {
                    tableNo++;
                    addTable(table, "table " + tableNo);
                } else if (element instanceof XWPFSDT control) {
                    controlNo++;
                    for (String line : control.getContent().getText().split("\n", -1)) {
                        lines.add(TextLines.paragraphText(line), "content control " + controlNo);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw OfficeErrors.unreadable(name, "Word (.docx)", e);
        }
        return lines.toDecodedText(name, "docx");
    }

    /** A manual line break inside a paragraph starts a new line with the same place, as the reader sees it. */
    private void addParagraph(XWPFParagraph paragraph, String place) {
        String text = numbering.label(paragraph) + runText(paragraph);
        for (String line : text.split("[\\n\\u000B]", -1)) {
            lines.add(TextLines.paragraphText(line), place);
        }
    }

    private void addTable(XWPFTable table, String place) {
        int width = 0;
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> sectionRows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            int spannedCells = 0;
            int nonEmpty = 0;
            padGrid(cells, gridBefore(row));
            for (ICell icell : row.getTableICells()) {
                String text = cellText(icell);
                int span = gridSpan(icell);
                cells.add(text);
                padGrid(cells, span - 1);
                spannedCells++;
                if (!text.isEmpty()) {
                    nonEmpty++;
                }
            }
            width = Math.max(width, cells.size());
            rows.add(cells);
            sectionRows.add(spannedCells == 1 && nonEmpty == 1 && gridBefore(row) == 0);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            String rowPlace = place + ", row " + (r + 1);
            // a lone cell across the whole row is a section heading inside a task table: its text alone
            if (sectionRows.get(r) && cells.size() == width && width > 1) {
                lines.add(TextLines.paragraphText(cells.get(0)), rowPlace);
                continue;
            }
            padGrid(cells, width - cells.size());
            lines.addRow(cells, rowPlace);
        }
    }

    private static void padGrid(List<String> cells, int count) {
        for (int i = 0; i < count; i++) {
            cells.add("");
        }
    }

    /** Paragraphs of a cell joined by single spaces; nested tables flattened the same way. */
    private String cellText(ICell icell) {
        List<String> parts = new ArrayList<>();
        if (icell instanceof XWPFTableCell cell) {
            collectCell(cell.getBodyElements(), parts);
        } else if (icell instanceof XWPFSDTCell sdtCell) {
            parts.add(sdtCell.getContent().getText());
        }
        List<String> texts = parts.stream().map(TextLines::paragraphText).filter(s -> !s.isEmpty()).toList();
        return String.join(" ", texts);
    }

    private void collectCell(List<IBodyElement> elements, List<String> parts) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                parts.add(numbering.label(paragraph) + runText(paragraph));
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collectCell(cell.getBodyElements(), parts);
                    }
                }
            } else if (element instanceof XWPFSDT control) {
                parts.add(control.getContent().getText());
            }
        }
    }

    /** The visible text of the runs; unlike XWPFParagraph.getText it leaves out footnote texts and deleted runs. */
    private static String runText(XWPFParagraph paragraph) {
        StringBuilder out = new StringBuilder();
        for (IRunElement run : paragraph.getIRuns()) {
            if (run instanceof XWPFRun r) {
                if (r.getCTR().sizeOfDelTextArray() == 0) {
                    out.append(r.text());
                }
            } else if (run instanceof XWPFSDT control) {
                out.append(control.getContent().getText());
            } else {
                out.append(run);
            }
        }
        return out.toString();
    }

    private static int gridSpan(ICell icell) {
        if (icell instanceof XWPFTableCell cell) {
            CTTcPr pr = cell.getCTTc().getTcPr();
            if (pr != null && pr.getGridSpan() != null && pr.getGridSpan().getVal() != null) {
                return Math.max(1, pr.getGridSpan().getVal().intValue());
            }
        }
        return 1;
    }

    /** Cells a row leaves out before its first cell ({@code w:gridBefore}), so its columns stay aligned. */
    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        BigInteger before = pr.getGridBeforeArray(0).getVal();
        return before == null ? 0 : before.intValue();
    }
}
