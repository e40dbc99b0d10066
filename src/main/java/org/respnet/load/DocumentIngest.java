package org.respnet.load;

import java.util.function.Consumer;
import org.respnet.parse.DocumentParser;
import org.respnet.text.DecodedText;

/** Decoded text in, a loaded document out: the one path files and uploads share. */
public final class DocumentIngest {

    private final DocumentParser parser;
    private final DocumentLoader loader;

    public DocumentIngest(DocumentParser parser, DocumentLoader loader) {
        this.parser = parser;
        this.loader = loader;
    }

    /** Parses first, so a document that does not parse never reaches the database. */
    public LoadResult ingest(DecodedText text, boolean force, Consumer<String> progress) {
        return loader.load(parser.parse(text), force, progress);
    }
}
