package org.respnet.text;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF plans: the text layer's lines with their positions, then the page furniture dropped (a line repeated at the
 * same place on most pages, page-number lines) and the lines the page width wrapped joined back into paragraphs.
 * A line that reaches the right margin continues into the next one, across a page break too, unless the next line
 * starts a paragraph: indented (Chinese paragraphs start two characters in), numbered ({@code 一、}, {@code (一)},
 * {@code 1.}) or after a gap. Each paragraph's place is the page and line where it starts.
 */
final class PdfReader {

    /** {@code — 3 —}, {@code - 3 -}, {@code 3}, {@code 第3页}, {@code 第 3 页 共 9 页}, {@code 3/9}. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–－―\\s]*\\d{1,4}[-—–－―\\s]*$|^第\\s*\\d{1,4}\\s*页(\\s*[,，]?\\s*共\\s*\\d{1,4}\\s*页)?$|^\\d{1,4}\\s*/\\s*\\d{1,4}$"
                    + "|^(page|Page|PAGE)\\s*\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?$");
    /** Numbering that starts a paragraph; {@code 1.2亿} is a wrapped number, not a list item. */
    private static final Pattern NUMBERED = Pattern.compile(
            "^(第[一二三四五六七八九十百零〇\\d]+[章节条部分]|[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\\d]+[）)]"
                    + "|\\d{1,3}[.．、](?!\\d)|[①-⑳])");
    /** Running headers and footers live in the top and bottom bands of a page. */
    private static final double FURNITURE_BAND = 0.15;

    private PdfReader() {
    }

    /** A line of the text layer as placed on its page; y grows downwards from the top of the page. */
    record PdfLine(int page, int lineOnPage, String text, float x0, float x1, float y, float charWidth, float pageHeight) {
    }

    static DecodedText decode(String name, byte[] bytes) {
        List<PdfLine> lines;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            LineCollector collector = new LineCollector();
            collector.setSortByPosition(true);
            collector.writeText(document, Writer.nullWriter());
            lines = collector.lines;
        } catch (InvalidPasswordException e) {
            throw new TextDecodingException(name, "is a password-protected PDF; save it without the password and load it again", e);
        } catch (IOException | RuntimeException e) {
            throw new TextDecodingException(name, "cannot be read as a PDF document; the file may be damaged or incomplete", e);
        }
        if (lines.stream().allMatch(l -> l.text().isBlank())) {
            throw new TextDecodingException(name, "holds no text: the PDF has no text layer (a scan?); run OCR on it first");
        }
        return assemble(withoutFurniture(lines)).toDecodedText(name, "pdf");
    }

    /** Collects the stripper's lines with positions instead of writing text. */
    private static final class LineCollector extends PDFTextStripper {
        final List<PdfLine> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Float> widths = new ArrayList<>();
        private float x0;
        private float x1;
        private float y;
        private float pageHeight;
        private int lineOnPage;

        @Override
        protected void startPage(PDPage page) throws IOException {
            pageHeight = page.getCropBox().getHeight();
            lineOnPage = 0;
            super.startPage(page);
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            if (positions.isEmpty()) {
                return;
            }
            if (text.length() == 0) {
                x0 = positions.get(0).getXDirAdj();
                y = positions.get(0).getYDirAdj();
                x1 = x0;
            }
            for (TextPosition p : positions) {
                x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
                String unicode = p.getUnicode();
                // CJK glyphs are square, so their width is the character width indents are measured in
                if (unicode != null && !unicode.isEmpty() && unicode.codePointAt(0) >= 0x2E80) {
                    widths.add(p.getWidthDirAdj());
                }
            }
            text.append(string);
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            flush();
            super.endPage(page);
        }

        private void flush() {
            if (text.length() == 0) {
                return;
            }
            lineOnPage++;
            float width = widths.isEmpty() ? 0 : median(widths);
            lines.add(new PdfLine(getCurrentPageNo(), lineOnPage, text.toString().strip(), x0, x1, y, width, pageHeight));
            text.setLength(0);
            widths.clear();
        }
    }

    /** Drops running headers and footers (same text, digits aside, at the same height on most pages) and page numbers. */
    static List<PdfLine> withoutFurniture(List<PdfLine> lines) {
        int pages = lines.stream().mapToInt(PdfLine::page).max().orElse(0);
        Map<String, List<PdfLine>> byText = new HashMap<>();
        for (PdfLine line : lines) {
            if (inBand(line)) {
                byText.computeIfAbsent(line.text().replaceAll("\\d+", "#").replaceAll("\\s+", ""), k -> new ArrayList<>()).add(line);
            }
        }
        List<PdfLine> running = new ArrayList<>();
        for (List<PdfLine> same : byText.values()) {
            float medianY = median(same.stream().map(PdfLine::y).toList());
            List<PdfLine> inPlace = same.stream().filter(l -> Math.abs(l.y() - medianY) < 3).toList();
            long onPages = inPlace.stream().mapToInt(PdfLine::page).distinct().count();
            if (pages >= 2 && onPages >= 2 && onPages * 2 >= pages) {
                running.addAll(inPlace);
            }
        }
        List<PdfLine> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            boolean firstOrLast = i == 0 || lines.get(i - 1).page() != line.page()
                    || i == lines.size() - 1 || lines.get(i + 1).page() != line.page();
            boolean pageNumber = inBand(line) && firstOrLast && PAGE_NUMBER.matcher(line.text().strip()).matches();
            if (!pageNumber && !running.contains(line) && !line.text().isBlank()) {
                kept.add(line);
            }
        }
        return kept;
    }

    private static boolean inBand(PdfLine line) {
        return line.y() < line.pageHeight() * FURNITURE_BAND || line.y() > line.pageHeight() * (1 - FURNITURE_BAND);
    }

    /** Joins wrapped lines into paragraphs, each placed where it starts. */
    static TextLines assemble(List<PdfLine> lines) {
        TextLines out = new TextLines();
        if (lines.isEmpty()) {
            return out;
        }
        float measured = median(lines.stream().map(PdfLine::charWidth).filter(w -> w > 0).toList());
        float charWidth = measured > 0 ? measured : 10;
        float left = leftMargin(lines, charWidth);
        float right = lines.stream().filter(l -> Math.abs(l.x0() - left) < charWidth / 2)
                .map(PdfLine::x1).max(Float::compare).orElse(Float.MAX_VALUE);
        float pitch = linePitch(lines);
        StringBuilder paragraph = null;
        String place = null;
        PdfLine previous = null;
        for (PdfLine line : lines) {
            boolean continues = previous != null
                    && previous.x1() >= right - 1.5f * charWidth
                    && Math.abs(line.x0() - left) < 0.8f * charWidth
                    && !NUMBERED.matcher(line.text()).find()
                    && (line.page() != previous.page() || line.y() - previous.y() < 1.7f * pitch);
            if (continues) {
                if (needsSpace(paragraph, line.text())) {
                    paragraph.append(' ');
                }
                paragraph.append(line.text());
            } else {
                if (paragraph != null) {
                    out.add(paragraph.toString(), place);
                }
                paragraph = new StringBuilder(line.text());
                place = "page " + line.page() + ", line " + line.lineOnPage();
            }
            previous = line;
        }
        out.add(paragraph.toString(), place);
        return out;
    }

    /** Words of Latin script lose the space the wrap took; Chinese text never had one. */
    private static boolean needsSpace(CharSequence before, String after) {
        if (before.length() == 0 || after.isEmpty()) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        char first = after.charAt(0);
        return isLatin(last) && isLatin(first);
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ',' || c == ';';
    }

    /** The smallest line start many lines share: continuation lines start at the margin, first lines are indented. */
    private static float leftMargin(List<PdfLine> lines, float charWidth) {
        float[] starts = new float[lines.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = lines.get(i).x0();
        }
        Arrays.sort(starts);
        int needed = Math.max(2, lines.size() / 20);
        for (int i = 0; i < starts.length; i++) {
            int j = i;
            while (j < starts.length && starts[j] - starts[i] < charWidth / 2) {
                j++;
            }
            if (j - i >= needed) {
                return starts[i];
            }
        }
        return starts[0];
    }

    /** The usual distance between consecutive lines on a page, to tell a paragraph gap from a line break. */
    private static float linePitch(List<PdfLine> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).page() == lines.get(i - 1).page()) {
                float gap = lines.get(i).y() - lines.get(i - 1).y();
                if (gap > 0) {
                    gaps.add(gap);
                }
            }
        }
        return gaps.isEmpty() ? Float.MAX_VALUE : median(gaps);
    }

    private static float median(List<Float> values) {
        if (values.isEmpty()) {
            return 0;
        }
        float[] sorted = new float[values.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values.get(i);
        }
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
