package org.respnet.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader door goes by the bytes, not the name, and says in a sentence why a file cannot be read. */
class FormatDispatchTest {

    @TempDir
    Path dir;

    @Test
    void each_format_is_told_from_its_bytes_whatever_the_file_is_called() throws Exception {
        byte[] docx = Files.readAllBytes(DocxFixtures.numberedPlan(dir.resolve("a.docx"), List.of(TrainTexts.lines(TrainTexts.LUAN))));
        byte[] xlsx = Files.readAllBytes(XlsxFixtures.taskList(dir.resolve("b.xlsx"), XlsxFixtures.luanEntries(), ""));
        byte[] xls = Files.readAllBytes(XlsxFixtures.legacyTaskList(dir.resolve("c.xls"), XlsxFixtures.luanEntries()));
        byte[] txt = Files.readAllBytes(TrainTexts.file(TrainTexts.LUAN));

        assertThat(DocumentReaders.decode("plan.pdf", docx, null).format()).isEqualTo("docx");
        assertThat(DocumentReaders.decode("plan.txt", xlsx, null).format()).isEqualTo("xlsx");
        assertThat(DocumentReaders.decode("plan.docx", xls, null).format()).isEqualTo("xls");
        assertThat(DocumentReaders.decode("plan.xlsx", txt, null).format()).isEqualTo("txt");
    }

    @Test
    void a_pdf_is_told_from_its_bytes_too() throws Exception {
        byte[] pdf = Files.readAllBytes(PdfFixtures.print(dir, "plan.pdf", TrainTexts.lines(TrainTexts.LUAN)));

        DecodedText text = DocumentReaders.decode("plan.docx", pdf, null);

        assertThat(text.format()).isEqualTo("pdf");
        assertThat(text.text().split("\n")).containsExactlyElementsOf(
                TrainTexts.nonBlankLines(TrainTexts.LUAN).stream().map(TrainTexts::normalised).toList());
    }

    @Test
    void an_xls_reads_like_the_xlsx() throws Exception {
        Path xlsx = XlsxFixtures.taskList(dir.resolve("b.xlsx"), XlsxFixtures.luanEntries(), "");
        Path xls = XlsxFixtures.legacyTaskList(dir.resolve("c.xls"), XlsxFixtures.luanEntries());

        assertThat(DocumentReaders.read(xls, null).text()).isEqualTo(DocumentReaders.read(xlsx, null).text());
    }

    @Test
    void a_word_97_document_is_refused_with_the_fix() throws Exception {
        byte[] doc = ole2WithEntry("WordDocument");

        assertThatThrownBy(() -> DocumentReaders.decode("plan.txt", doc, null))
                .isInstanceOf(TextDecodingException.class)
                .hasMessageStartingWith("plan.txt: ").hasMessageContaining(".doc").hasMessageContaining("save it as .docx");
    }

    @Test
    void a_password_protected_office_file_is_named_as_such() throws Exception {
        byte[] encrypted = ole2WithEntry("EncryptedPackage");

        assertThatThrownBy(() -> DocumentReaders.decode("plan.docx", encrypted, null))
                .isInstanceOf(TextDecodingException.class).hasMessageContaining("password");
    }

    @Test
    void damaged_files_give_a_sentence_not_a_stack_trace() throws Exception {
        byte[] docx = Files.readAllBytes(DocxFixtures.numberedPlan(dir.resolve("a.docx"), List.of(TrainTexts.lines(TrainTexts.LUAN))));
        byte[] truncatedDocx = Arrays.copyOf(docx, docx.length / 2);
        byte[] brokenPdf = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> DocumentReaders.decode("a.docx", truncatedDocx, null))
                .isInstanceOf(TextDecodingException.class).hasMessageStartingWith("a.docx: ").hasMessageNotContaining("Exception");
        assertThatThrownBy(() -> DocumentReaders.decode("b.pdf", brokenPdf, null))
                .isInstanceOf(TextDecodingException.class).hasMessage("b.pdf: cannot be read as a PDF document; the file may be damaged or incomplete");
    }

    @Test
    void a_pdf_without_a_text_layer_asks_for_ocr() throws Exception {
        ByteArrayOutputStream scanned = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(scanned);
        }

        assertThatThrownBy(() -> DocumentReaders.decode("scan.pdf", scanned.toByteArray(), null))
                .isInstanceOf(TextDecodingException.class).hasMessageContaining("no text layer").hasMessageContaining("OCR");
    }

    @Test
    void a_word_file_without_text_holds_no_text() throws Exception {
        Path empty = DocxFixtures.numberedPlan(dir.resolve("empty.docx"), List.of(List.of()));

        assertThatThrownBy(() -> DocumentReaders.read(empty, null))
                .isInstanceOf(TextDecodingException.class).hasMessage("empty.docx: holds no text");
    }

    private static byte[] ole2WithEntry(String entry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), entry);
            fs.writeFilesystem(out);
        }
        return out.toByteArray();
    }
}
