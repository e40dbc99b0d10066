package org.respnet.load;

import java.util.Optional;
import java.util.function.Consumer;
import org.respnet.model.PolicyDocument;
import org.respnet.parse.DocumentParser;
import org.respnet.parse.InputLimits;
import org.respnet.parse.ParseReport;
import org.respnet.text.DecodedText;

/** Decoded text in, a loaded document out: the one path files and uploads share. */
public final class DocumentIngest {

    /** How a parsed document relates to what is stored under its key. */
    public enum Stored { NEW, UNCHANGED, REVISION }

    private final DocumentParser parser;
    private final DocumentLoader loader;

    public DocumentIngest(DocumentParser parser, DocumentLoader loader) {
        this.parser = parser;
        this.loader = loader;
    }

    /** Parses first, so a document that does not parse never reaches the database. */
    public LoadResult ingest(DecodedText text, boolean force, Consumer<String> progress) {
        return ingest(text, force, false, progress);
    }

    /**
     * @param strict refuse a document the parser raised any warning about, before anything is written
     * @throws org.respnet.parse.ParseException when the text cannot be read, or with {@code strict} has warnings
     */
    public LoadResult ingest(DecodedText text, boolean force, boolean strict, Consumer<String> progress) {
        return loader.load(check(text).documentOrRefuse(strict), force, progress);
    }

    /** The parser's reading with its warnings; writes nothing. @throws org.respnet.parse.ParseException as ingest */
    public ParseReport check(DecodedText text) {
        ParseReport report = parser.check(text);
        InputLimits.documentKey(report.document().key(), text.name());
        return report;
    }

    /** Reads only: whether loading the document would add it, skip it, or replace another version. */
    public Stored stored(PolicyDocument document) {
        if (loader.isUnchanged(document)) {
            return Stored.UNCHANGED;
        }
        return loader.exists(document.key()) ? Stored.REVISION : Stored.NEW;
    }

    public Optional<DeleteResult> delete(String key) {
        return loader.delete(key);
    }
}
