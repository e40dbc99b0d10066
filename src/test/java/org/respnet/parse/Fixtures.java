package org.respnet.parse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;
import org.respnet.text.DecodedText;
import org.respnet.text.DocumentReaders;
import org.respnet.text.TextReader;

/** Small helpers shared by the parser tests. */
final class Fixtures {

    static final Path SEED = Path.of("seeds", "quzhou-2016-3-mass-organisations.txt");
    static final Path SHARED_DOCS = Path.of("..", "shared", "docs");

    private Fixtures() {
    }

    static PolicyDocument parseText(String text) {
        return new DocumentParser().parse(TextReader.decode("fixture.txt", text.getBytes(StandardCharsets.UTF_8), null));
    }

    static PolicyDocument parseFile(Path file) {
        return new DocumentParser().parse(DocumentReaders.read(file, null));
    }

    static DecodedText decode(String text) {
        return TextReader.decode("fixture.txt", text.getBytes(StandardCharsets.UTF_8), null);
    }

    /** The only measure of a one-measure fixture. */
    static Measure onlyMeasure(String text) {
        PolicyDocument doc = parseText(text);
        if (doc.measures().size() != 1) {
            throw new AssertionError("expected one measure but got " + doc.measures());
        }
        return doc.measures().get(0);
    }
}
