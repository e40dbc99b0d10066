package org.respnet.load;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.respnet.parse.DocumentParser;
import org.respnet.parse.ParseException;
import org.respnet.text.TextDecodingException;
import org.respnet.text.DocumentReaders;

/**
 * The first load of a large collection: documents are parsed (on worker threads, read ahead in file order) into
 * {@link ImportFiles}, which the store importer turns into a new database; {@link #finish} then completes, through
 * the driver, what the loader computes in Cypher. Loading document by document stays the way to add or revise.
 */
public final class BulkImport {

    /** What was written, for the importer and for the report. */
    public record Written(ImportFiles.Layout layout, List<String> unitNames, int documents, int failed,
                          long relationships) {
    }

    private final DocumentParser parser;
    private final int threads;
    private final boolean strict;

    public BulkImport(DocumentParser parser, int threads) {
        this(parser, threads, false);
    }

    /** @param strict leave out, as unreadable, every document the parser raised a warning about */
    public BulkImport(DocumentParser parser, int threads, boolean strict) {
        this.parser = parser;
        this.threads = Math.max(1, threads);
        this.strict = strict;
    }

    /**
     * Parses every file and writes the import files into {@code folder}. A file that cannot be decoded or parsed
     * is reported and left out whole, as {@code respnet load} does.
     */
    public Written write(List<Path> files, Charset encoding, Path folder, PrintStream out) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "respnet-parse");
            t.setDaemon(true);
            return t;
        });
        int failed = 0;
        try (var importFiles = new ImportFiles(folder)) {
            Deque<Future<ImportFiles.Rendered>> ahead = new ArrayDeque<>();
            int next = 0;
            long started = System.nanoTime();
            for (int i = 0; i < files.size(); i++) {
                // Bounded look-ahead: parsed documents wait in memory only a few at a time.
                while (next < files.size() && ahead.size() < 2 * threads + 2) {
                    int ordinal = next++;
                    Path file = files.get(ordinal);
                    // Parsing and rendering CSV text run on the workers; this thread only appends and sums.
                    ahead.add(pool.submit(() -> importFiles.render(
                            parser.check(DocumentReaders.read(file, encoding)).documentOrRefuse(strict), ordinal)));
                }
                try {
                    importFiles.add(await(ahead.removeFirst()));
                } catch (TextDecodingException | ParseException e) {
                    out.printf("[%d/%d] %s%n  error: %s%n", i + 1, files.size(), files.get(i), e.getMessage());
                    failed++;
                }
                if ((i + 1) % 100 == 0 || i + 1 == files.size()) {
                    out.printf("Parsed %,d of %,d documents, %,d relationships written (%.1f s)%n", i + 1,
                            files.size(), importFiles.relationships(), (System.nanoTime() - started) / 1e9);
                }
            }
            ImportFiles.Layout layout = importFiles.finish();
            return new Written(layout, importFiles.unitNames(), importFiles.documents(), failed,
                    importFiles.relationships());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T await(Future<T> parsed) {
        try {
            return parsed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while parsing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
