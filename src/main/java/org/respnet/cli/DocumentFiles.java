package org.respnet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.respnet.load.DocumentIngest;
import org.respnet.load.LoadResult;
import org.respnet.parse.ParseException;
import org.respnet.text.TextDecodingException;
import org.respnet.text.DocumentReaders;

/** Reads, parses and loads files one by one, reporting each; a bad file is named and skipped, never half-loaded. */
final class DocumentFiles {

    private final DocumentIngest ingest;
    private final PrintStream out;

    DocumentFiles(DocumentIngest ingest, PrintStream out) {
        this.ingest = ingest;
        this.out = out;
    }

    /** @return the number of files that failed */
    int loadAll(List<Path> files, Charset encoding, boolean force) {
        return loadAll(files, encoding, force, false);
    }

    /** @param strict refuse documents with parser warnings, as if they did not parse */
    int loadAll(List<Path> files, Charset encoding, boolean force, boolean strict) {
        int failed = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            out.printf("[%d/%d] %s%n", i + 1, files.size(), file);
            try {
                LoadResult result = ingest.ingest(DocumentReaders.read(file, encoding), force, strict, out::println);
                out.println("  " + result.summary());
            } catch (TextDecodingException | ParseException e) {
                out.println("  error: " + e.getMessage());
                failed++;
            }
        }
        return failed;
    }

    static List<Path> documentsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Seeds folder " + folder.toAbsolutePath() + " does not exist");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(DocumentReaders::looksLikeDocument)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
