package org.respnet;

import java.nio.file.Path;
import org.respnet.model.PolicyDocument;
import org.respnet.parse.DocumentParser;
import org.respnet.text.DocumentReaders;
import org.respnet.text.TextReader;

/** Real input for tests: the seed document as the application itself reads it. */
public final class Fixtures {

    public static final Path SEED = Path.of("seeds", "quzhou-2016-3-mass-organisations.txt");
    /** The hand-checked documents beside the project (read in place, never copied in). */
    public static final Path SHARED_DOCS = Path.of("..", "shared", "docs");

    private Fixtures() {
    }

    public static PolicyDocument seed() {
        return parse(SEED);
    }

    public static PolicyDocument parse(Path file) {
        return new DocumentParser().parse(DocumentReaders.read(file, null));
    }

    /** Parses inline text as if it were a file of that name. */
    public static PolicyDocument parseText(String name, String text) {
        return new DocumentParser().parse(TextReader.decode(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), null));
    }
}
