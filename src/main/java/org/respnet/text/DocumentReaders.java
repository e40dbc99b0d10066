package org.respnet.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The one door for document files: tells the format from the bytes (not the name) and hands them to its reader.
 * Every reader produces the same shape of {@link DecodedText}, so the parser never sees a file format.
 */
public final class DocumentReaders {

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** File endings a folder scan picks up: a folder of plans also holds other files (notes, images, scans). */
    public static final java.util.Set<String> EXTENSIONS = java.util.Set.of("txt", "docx", "pdf", "xlsx", "xls");

    /** True for a file a folder scan should read, by its ending. */
    public static boolean looksLikeDocument(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    private DocumentReaders() {
    }

    public static DecodedText read(Path file, Charset forcedOrNull) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return decode(name, Files.readAllBytes(file), forcedOrNull);
        } catch (IOException e) {
            throw new TextDecodingException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** @param forcedOrNull the charset of a plain-text file; formats that carry their own encoding ignore it */
    public static DecodedText decode(String name, byte[] bytes, Charset forcedOrNull) {
        return switch (formatOf(name, bytes)) {
            case "docx" -> DocxReader.decode(name, bytes);
            case "xlsx" -> SpreadsheetReader.decode(name, bytes, "xlsx");
            case "xls" -> SpreadsheetReader.decode(name, bytes, "xls");
            case "pdf" -> PdfReader.decode(name, bytes);
            default -> TextReader.decode(name, bytes, forcedOrNull);
        };
    }

    /** {@code docx}, {@code xlsx}, {@code xls}, {@code pdf} or {@code txt}, from the magic bytes; refuses the rest. */
    static String formatOf(String name, byte[] bytes) {
        // a PDF may carry a few bytes of junk before its header; readers accept it within the first kilobyte
        if (indexOf(bytes, PDF, 1024) >= 0) {
            return "pdf";
        }
        if (startsWith(bytes, ZIP)) {
            return zipFormat(name, bytes);
        }
        if (startsWith(bytes, OLE2)) {
            return ole2Format(name, bytes);
        }
        return "txt";
    }

    private static String zipFormat(String name, byte[] bytes) {
        Set<String> entries = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new TextDecodingException(name, "is a damaged ZIP archive (a .docx or .xlsx that did not save completely?)", e);
        }
        if (entries.contains("word/document.xml")) {
            return "docx";
        }
        if (entries.contains("xl/workbook.xml")) {
            return "xlsx";
        }
        if (entries.contains("ppt/presentation.xml")) {
            throw new TextDecodingException(name, "is a PowerPoint presentation; save the plan as .docx, .xlsx, .pdf or text");
        }
        if (entries.contains("content.xml") && entries.contains("mimetype")) {
            throw new TextDecodingException(name, "is an OpenDocument file; save it as .docx or .xlsx and load it again");
        }
        throw new TextDecodingException(name, "is a ZIP archive, not a .docx or .xlsx document");
    }

    /**
     * The old binary Office container: .xls is read through POI's spreadsheet interface; .doc would need POI's
     * scratchpad and gives no list numbering, so it is refused with the fix. Encrypted .docx/.xlsx also live in it.
     */
    private static String ole2Format(String name, byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                throw new TextDecodingException(name, "is password-protected; remove the password in Word or Excel and save it again");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return "xls";
            }
            if (root.hasEntry("WordDocument")) {
                throw new TextDecodingException(name, "is an old Word 97-2003 (.doc) document; open it in Word or WPS "
                        + "and save it as .docx, then load it again");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof TextDecodingException decoding) {
                throw decoding;
            }
            throw new TextDecodingException(name, "is a damaged Office 97-2003 file", e);
        }
        throw new TextDecodingException(name, "is an Office 97-2003 file that is neither a .doc nor a .xls; save the plan as .docx or .xlsx");
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] magic, int within) {
        int end = Math.min(bytes.length - magic.length, within);
        for (int i = 0; i <= end; i++) {
            boolean match = true;
            for (int j = 0; j < magic.length && match; j++) {
                match = bytes[i + j] == magic[j];
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }
}
