package org.respnet.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String PLAN = "1.加强队伍建设。（牵头单位：市委组织部，参与单位：团市委）\n";

    @Test
    void decodes_plain_utf8() {
        DecodedText text = TextReader.decode("a.txt", "一、总体要求\n".getBytes(StandardCharsets.UTF_8), null);

        assertThat(text.text()).isEqualTo("一、总体要求\n");
        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(text.name()).isEqualTo("a.txt");
    }

    @Test
    void removes_utf8_bom_and_turns_crlf_and_cr_into_lf() {
        byte[] body = "第一行\r\n第二行\r第三行".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        assertThat(TextReader.decode("bom.txt", withBom, null).text()).isEqualTo("第一行\n第二行\n第三行");
    }

    @Test
    void applies_nfkc_so_full_width_punctuation_becomes_half_width() {
        DecodedText text = TextReader.decode("fw.txt", PLAN.getBytes(StandardCharsets.UTF_8), null);

        assertThat(text.text()).isEqualTo("1.加强队伍建设。(牵头单位:市委组织部,参与单位:团市委)\n");
    }

    @Test
    void detects_gbk_bytes_and_reads_them_as_gb18030() {
        DecodedText text = TextReader.decode("gbk.txt", PLAN.getBytes(GBK), null);

        assertThat(text.charset().name()).isEqualTo("GB18030");
        assertThat(text.text()).isEqualTo(TextReader.decode("u.txt", PLAN.getBytes(StandardCharsets.UTF_8), null).text());
    }

    @Test
    void forced_gbk_is_read_as_gb18030() {
        assertThat(TextReader.decode("gbk.txt", PLAN.getBytes(GBK), GBK).charset().name()).isEqualTo("GB18030");
    }

    @Test
    void reads_a_file_by_path(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.txt");
        Files.write(file, PLAN.getBytes(GBK));

        DecodedText text = DocumentReaders.read(file, null);

        assertThat(text.name()).isEqualTo("plan.txt");
        assertThat(text.text()).startsWith("1.加强队伍建设");
    }

    @Test
    void invalid_bytes_give_an_error_naming_the_file() {
        byte[] invalid = {(byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0x80, (byte) 0xC3};

        assertThatThrownBy(() -> TextReader.decode("broken.txt", invalid, null))
                .isInstanceOf(TextDecodingException.class)
                .hasMessageContaining("broken.txt")
                .hasMessageContaining("not valid");
    }

    @Test
    void forced_utf8_refuses_gbk_bytes() {
        assertThatThrownBy(() -> TextReader.decode("gbk.txt", PLAN.getBytes(GBK), StandardCharsets.UTF_8))
                .isInstanceOf(TextDecodingException.class)
                .hasMessageContaining("gbk.txt")
                .hasMessageContaining("UTF-8");
    }

    @Test
    void binary_with_nul_bytes_is_refused() {
        assertThatThrownBy(() -> TextReader.decode("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, null))
                .isInstanceOf(TextDecodingException.class)
                .hasMessageContaining("image.png")
                .hasMessageContaining("binary");
    }

    @Test
    void empty_file_is_refused() {
        assertThatThrownBy(() -> TextReader.decode("empty.txt", new byte[0], null))
                .isInstanceOf(TextDecodingException.class)
                .hasMessageContaining("empty.txt")
                .hasMessageContaining("empty");
    }

    @Test
    void missing_file_is_reported_by_name(@TempDir Path dir) {
        assertThatThrownBy(() -> DocumentReaders.read(dir.resolve("absent.txt"), null))
                .isInstanceOf(TextDecodingException.class)
                .hasMessageContaining("absent.txt");
    }
}
