package org.respnet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 国发〔2018〕42号 printed by Chromium on narrow pages: paragraphs rejoined, running header and page numbers gone. */
class PdfReaderTest {

    private static final Pattern PLACE = Pattern.compile("page (\\d+), line (\\d+)");

    @TempDir
    static Path dir;
    static Path pdf;
    static List<String> source;

    @BeforeAll
    static void print() throws Exception {
        source = TrainTexts.lines(TrainTexts.FARM_MACHINERY);
        pdf = PdfFixtures.print(dir, "farm-machinery.pdf", source);
    }

    @Test
    void gives_back_the_source_paragraphs_one_per_line() throws Exception {
        DecodedText text = DocumentReaders.read(pdf, null);

        List<String> expected = source.stream().filter(l -> !l.isEmpty()).map(TrainTexts::normalised).toList();
        assertThat(text.text().split("\n", -1)).containsExactlyElementsOf(expected);
        assertThat(text.format()).isEqualTo("pdf");
        assertThat(text.places()).hasSize(expected.size());
    }

    @Test
    void the_printed_file_really_wraps_repeats_its_header_and_numbers_its_pages() throws Exception {
        String raw = rawText(1, Integer.MAX_VALUE);
        String title = TrainTexts.normalised(source.get(0));
        assertThat(raw.split("\n")).as("lines in the PDF").hasSizeGreaterThan(source.size() * 5);
        assertThat(TrainTexts.normalised(raw).split(Pattern.quote(title), -1).length - 1).as("title on every page").isGreaterThan(3);
        assertThat(raw).contains("— 2 —", "— 3 —");

        String read = DocumentReaders.read(pdf, null).text();
        assertThat(read).doesNotContain("— 2 —", "— 3 —");
        assertThat(read.split(Pattern.quote(title), -1).length - 1).as("title once").isEqualTo(1);
    }

    @Test
    void places_name_the_page_and_line_where_each_paragraph_starts() throws Exception {
        DecodedText text = DocumentReaders.read(pdf, null);
        String[] paragraphs = text.text().split("\n", -1);
        Set<Integer> pagesStartingAParagraph = new HashSet<>();
        for (int i = 0; i < paragraphs.length; i++) {
            Matcher place = PLACE.matcher(text.places().get(i));
            assertThat(place.matches()).as(text.places().get(i)).isTrue();
            int page = Integer.parseInt(place.group(1));
            int line = Integer.parseInt(place.group(2));
            // the line there, as a plain extraction of that page numbers its lines, is where the paragraph begins
            String[] pageLines = rawText(page, page).split("\\R");
            assertThat(paragraphs[i]).as(text.places().get(i)).startsWith(TrainTexts.normalised(pageLines[line - 1].strip()));
            if (line <= 2) {
                pagesStartingAParagraph.add(page);
            }
        }
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pages = document.getNumberOfPages();
        }
        // some page begins inside a paragraph, so the comparison above covered joins across a page break
        assertThat(pagesStartingAParagraph).hasSizeLessThan(pages);
    }

    private static String rawText(int from, int to) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(document);
        }
    }
}
