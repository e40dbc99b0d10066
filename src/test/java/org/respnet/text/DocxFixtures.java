package org.respnet.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .docx files the way Word stores them (document.xml, numbering.xml), from the real plans: list numbers
 * taken out of the text and expressed as automatic numbering, tables as real Word tables. The parts are written as
 * XML rather than through POI, so the reader is tested against the file format and not against POI's own writer.
 */
final class DocxFixtures {

    /** Numbering a source line starts with, turned into a Word list level: format, level text, suffix. */
    enum ListKind {
        SECTION(Pattern.compile("^([一二三四五六七八九十]+)、(\\s*)(.*)$"), "chineseCounting", "%1、"),
        PAREN_CHINESE(Pattern.compile("^[（(]([一二三四五六七八九十]+)[）)](\\s*)(.*)$"), "chineseCounting", "（%1）"),
        DECIMAL(Pattern.compile("^(\\d{1,3})\\.(\\s*)(?!\\d)(.*)$"), "decimal", "%1.");

        final Pattern pattern;
        final String numFmt;
        final String lvlText;

        ListKind(Pattern pattern, String numFmt, String lvlText) {
            this.pattern = pattern;
            this.numFmt = numFmt;
            this.lvlText = lvlText;
        }
    }

    /** One table cell: its paragraphs and how many grid columns it spans. */
    record Cell(List<String> paragraphs, int span) {
        static Cell of(String... paragraphs) {
            return new Cell(List.of(paragraphs), 1);
        }
    }

    private DocxFixtures() {
    }

    /**
     * The documents one after the other, every line a paragraph; a line starting with {@code 一、}, {@code （一）} or
     * {@code 1.} loses that prefix and gets the equivalent automatic numbering instead. Each document restarts its
     * lists (a list instance with a start override, as Word's "restart numbering" writes it).
     */
    static Path numberedPlan(Path file, List<List<String>> documents) throws IOException {
        Map<String, Integer> abstractIds = new LinkedHashMap<>(); // kind + suffix → abstractNumId
        List<String> abstractXml = new ArrayList<>();
        List<String> numXml = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (List<String> lines : documents) {
            Map<ListKind, Integer> numIds = new LinkedHashMap<>();
            Map<ListKind, Integer> expected = new LinkedHashMap<>();
            for (String line : lines) {
                if (line.isEmpty()) {
                    continue;
                }
                String paragraph = paragraphXml(line, null);
                for (ListKind kind : ListKind.values()) {
                    Matcher m = kind.pattern.matcher(line);
                    if (m.matches()) {
                        int number = Numbers.parse(m.group(1));
                        int next = expected.getOrDefault(kind, 1);
                        if (number != next) {
                            throw new IllegalStateException("the source numbers " + kind + " out of order at: " + line);
                        }
                        expected.put(kind, next + 1);
                        String suffix = m.group(2).isEmpty() ? "nothing" : "space";
                        String key = kind + "/" + suffix;
                        boolean sharedBefore = abstractIds.containsKey(key);
                        int abstractId = abstractIds.computeIfAbsent(key, k -> {
                            abstractXml.add(abstractNumXml(abstractIds.size(), kind, suffix));
                            return abstractIds.size();
                        });
                        Integer numId = numIds.get(kind);
                        if (numId == null) {
                            numId = numXml.size() + 1;
                            numIds.put(kind, numId);
                            numXml.add(numXml(numId, abstractId, sharedBefore));
                        }
                        paragraph = paragraphXml(m.group(3), "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>");
                        break;
                    }
                }
                body.append(paragraph);
            }
        }
        String numbering = "<w:numbering " + NS + ">" + String.join("", abstractXml) + String.join("", numXml) + "</w:numbering>";
        write(file, body.toString(), numbering);
        return file;
    }

    /**
     * One multilevel list, as Word's outline numbering is stored: level 1 {@code 一、}, level 2 {@code （一）}, level 3
     * {@code 1.}, each line's prefix taken out. With {@code continuous}, the deeper levels carry {@code lvlRestart 0}
     * and keep counting across sections, as 20 numbers its measures (一)…(二十); without it Word restarts them under
     * each new section.
     */
    static Path outlinePlan(Path file, List<String> lines, boolean continuous) throws IOException {
        StringBuilder levels = new StringBuilder();
        for (ListKind kind : ListKind.values()) {
            int ilvl = kind.ordinal();
            String restart = continuous && ilvl > 0 ? "<w:lvlRestart w:val=\"0\"/>" : "";
            levels.append("<w:lvl w:ilvl=\"").append(ilvl).append("\"><w:start w:val=\"1\"/>")
                    .append("<w:numFmt w:val=\"").append(kind.numFmt).append("\"/>").append(restart)
                    .append("<w:suff w:val=\"nothing\"/><w:lvlText w:val=\"")
                    .append(kind.lvlText.replace("%1", "%" + (ilvl + 1))).append("\"/></w:lvl>");
        }
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            String paragraph = paragraphXml(line, null);
            for (ListKind kind : ListKind.values()) {
                Matcher m = kind.pattern.matcher(line);
                if (m.matches() && m.group(2).isEmpty()) {
                    paragraph = paragraphXml(m.group(3), "<w:numPr><w:ilvl w:val=\"" + kind.ordinal() + "\"/><w:numId w:val=\"1\"/></w:numPr>");
                    break;
                }
            }
            body.append(paragraph);
        }
        String numbering = "<w:numbering " + NS + "><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>"
                + levels + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
        write(file, body.toString(), numbering);
        return file;
    }

    /** A title paragraph, then one table of the given rows on a grid of {@code columns}. */
    static Path taskTable(Path file, String title, int columns, List<List<Cell>> rows) throws IOException {
        StringBuilder body = new StringBuilder(paragraphXml(title, null));
        body.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>");
        body.append("<w:gridCol w:w=\"1400\"/>".repeat(columns)).append("</w:tblGrid>");
        for (List<Cell> row : rows) {
            body.append("<w:tr>");
            for (Cell cell : row) {
                body.append("<w:tc><w:tcPr>");
                if (cell.span() > 1) {
                    body.append("<w:gridSpan w:val=\"").append(cell.span()).append("\"/>");
                }
                body.append("</w:tcPr>");
                List<String> paragraphs = cell.paragraphs().isEmpty() ? List.of("") : cell.paragraphs();
                paragraphs.forEach(p -> body.append(paragraphXml(p, null)));
                body.append("</w:tc>");
            }
            body.append("</w:tr>");
        }
        body.append("</w:tbl>");
        write(file, body.toString(), null);
        return file;
    }

    private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    private static String abstractNumXml(int id, ListKind kind, String suffix) {
        return "<w:abstractNum w:abstractNumId=\"" + id + "\"><w:multiLevelType w:val=\"singleLevel\"/>"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + kind.numFmt + "\"/>"
                + "<w:suff w:val=\"" + suffix + "\"/><w:lvlText w:val=\"" + kind.lvlText + "\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"0\" w:firstLine=\"640\"/></w:pPr></w:lvl></w:abstractNum>";
    }

    /** A later document on the same abstract list restarts it, as Word's "restart numbering" writes it. */
    private static String numXml(int numId, int abstractId, boolean restart) {
        String override = restart ? "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>" : "";
        return "<w:num w:numId=\"" + numId + "\"><w:abstractNumId w:val=\"" + abstractId + "\"/>" + override + "</w:num>";
    }

    private static String paragraphXml(String text, String numPr) {
        String ppr = numPr == null ? "" : "<w:pPr>" + numPr + "</w:pPr>";
        String run = text.isEmpty() ? "" : "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
        return "<w:p>" + ppr + run + "</w:p>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void write(Path file, String body, String numbering) throws IOException {
        String contentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + (numbering == null ? "" : "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>")
                + "</Types>";
        String rootRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>";
        String documentRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + (numbering == null ? "" : "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>")
                + "</Relationships>";
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + NS + "><w:body>"
                + body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>";
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", contentTypes);
            entry(zip, "_rels/.rels", rootRels);
            entry(zip, "word/_rels/document.xml.rels", documentRels);
            entry(zip, "word/document.xml", document);
            if (numbering != null) {
                entry(zip, "word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + numbering);
            }
        }
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
