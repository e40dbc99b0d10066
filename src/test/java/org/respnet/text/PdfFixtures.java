package org.respnet.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prints a plan to PDF with headless Chromium, laid out as such documents are: a narrow page so long paragraphs
 * wrap, justified paragraphs with a two-character first-line indent, a centred title and document number, the
 * signature right-aligned, the title repeated as a running header and {@code — n —} page numbers in the footer
 * (CSS page-margin boxes). Tests using it skip when Chromium or a Chinese font is missing.
 */
final class PdfFixtures {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final String SIGNING_DATE = "^\\d{4}年\\d{1,2}月\\d{1,2}日$";

    private PdfFixtures() {
    }

    static Path print(Path dir, String fileName, List<String> lines) throws IOException, InterruptedException {
        Path chromium = CHROMIUM.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(chromium != null, "Chromium not installed (apt-get install chromium); PDF fixture skipped");
        assumeTrue(hasChineseFont(), "no Chinese font (apt-get install fonts-noto-cjk); PDF fixture skipped");
        Path html = dir.resolve(fileName + ".html");
        Files.writeString(html, html(lines), StandardCharsets.UTF_8);
        Path pdf = dir.resolve(fileName);
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-pdf-header-footer", "--user-data-dir=" + dir.resolve("chromium-profile"),
                "--print-to-pdf=" + pdf, html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium did not print within 120 s");
        }
        if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
            throw new IllegalStateException("Chromium printed nothing: " + Files.readString(dir.resolve("chromium.log")));
        }
        return pdf;
    }

    /** Title and document number centred, addressee flush left, signature right, every other paragraph indented. */
    static String html(List<String> lines) {
        List<String> paragraphs = lines.stream().filter(l -> !l.isEmpty()).toList();
        int dateLine = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).matches(SIGNING_DATE)) {
                dateLine = i;
            }
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            String css = i == 0 ? "title" : i == 1 ? "number" : i == 2 ? "addressee"
                    : dateLine > 0 && (i == dateLine || i == dateLine - 1) ? "signature" : "";
            body.append("<p class=\"").append(css).append("\">").append(escape(paragraphs.get(i))).append("</p>\n");
        }
        String title = escape(paragraphs.get(0));
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><style>
                @page {
                  size: 148mm 210mm; margin: 20mm 15mm 18mm 15mm;
                  @top-center { content: "%s"; font: 9pt "Noto Serif CJK SC", serif; color: #555; }
                  @bottom-center { content: "— " counter(page) " —"; font: 9pt "Noto Serif CJK SC", serif; }
                }
                body { margin: 0; font: 10.5pt/1.6 "Noto Serif CJK SC", "Noto Sans CJK SC", serif; }
                p { margin: 0; text-indent: 2em; text-align: justify; }
                p.title { text-indent: 0; text-align: center; font-weight: bold; margin-bottom: 0.6em; }
                p.number { text-indent: 0; text-align: center; margin-bottom: 0.6em; }
                p.addressee { text-indent: 0; }
                p.signature { text-indent: 0; text-align: right; }
                </style></head><body>
                %s</body></html>
                """.formatted(title.replace("\"", "\\\""), body);
    }

    private static boolean hasChineseFont() {
        try {
            Process fc = new ProcessBuilder("fc-list", ":lang=zh").redirectErrorStream(true).start();
            String out = new String(fc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return fc.waitFor(30, TimeUnit.SECONDS) && !out.isBlank();
        } catch (IOException e) {
            return Stream.of("/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype/noto").map(Path::of).anyMatch(Files::isDirectory);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
