package org.respnet.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.respnet.load.DocumentIngest;
import org.respnet.load.LoadResult;
import org.respnet.parse.ParseException;
import org.respnet.parse.ParseReport;
import org.respnet.text.DecodedText;
import org.respnet.text.TextDecodingException;
import org.respnet.text.DocumentReaders;

/**
 * The document endpoints for users who cannot reach the server's disk. {@code POST /api/v1/documents} loads,
 * {@code POST /api/v1/documents/preview} shows what a load would store and writes nothing, {@code DELETE
 * /api/v1/documents/{document}} removes one. Bodies: raw text (encoding from {@code ?encoding=}, the Content-Type
 * charset, or detected) or multipart with a {@code file} part.
 */
public final class UploadRoutes implements RouteGroup {

    static final String DOCUMENTS = AnalyticsRoutes.BASE + "/documents";
    static final String PREVIEW = DOCUMENTS + "/preview";

    private final DocumentIngest ingest;
    private final WebSettings settings;

    public UploadRoutes(DocumentIngest ingest, WebSettings settings) {
        this.ingest = ingest;
        this.settings = settings;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.post(DOCUMENTS, this::upload, Access.WRITE);
        routes.post(PREVIEW, this::preview);
        routes.delete(DOCUMENTS + "/{document}", this::delete, Access.WRITE);
    }

    private void upload(Context ctx) {
        boolean force = Params.bool(ctx, "force", false);
        boolean strict = Params.bool(ctx, "strict", false);
        DecodedText text = decode(ctx);
        try {
            LoadResult result = ingest.ingest(text, force, strict, line -> { });
            ctx.status(result.skipped() ? 200 : 201).json(result);
        } catch (ParseException e) {
            throw unreadable(e);
        }
    }

    /**
     * Needs no admin token: it stores nothing, and reads only whether the key is stored, so it is a read like the
     * rest of the API (behind RESPNET_READ_TOKEN when that is set).
     */
    private void preview(Context ctx) {
        DecodedText text = decode(ctx);
        try {
            ParseReport report = ingest.check(text);
            ctx.json(DocumentPreview.of(text, report, ingest.stored(report.document())));
        } catch (ParseException e) {
            throw unreadable(e);
        }
    }

    private void delete(Context ctx) {
        String key = ctx.pathParam("document").strip();
        ctx.json(ingest.delete(key).orElseThrow(() -> ApiException.notFound("No document with key '" + key + "'")));
    }

    private static ApiException unreadable(RuntimeException e) {
        // The message names the file and the place: <file>:<line or page, line>: <problem>.
        return new ApiException(422, "Unreadable document", e.getMessage(), null);
    }

    /** The request's document as text, from either body form, within the size limit. */
    private DecodedText decode(Context ctx) {
        if (ctx.contentLength() > settings.maxUploadBytes()) {
            throw tooLarge();
        }
        Charset forced = charset(ctx);
        String name;
        byte[] bytes;
        if (ctx.isMultipartFormData()) {
            UploadedFile file = ctx.uploadedFile("file");
            if (file == null) {
                throw ApiException.badParameter("file", "the multipart body needs a part named 'file'");
            }
            name = file.filename();
            bytes = read(file);
        } else {
            name = Params.text(ctx, "name") == null ? "upload.txt" : Params.text(ctx, "name");
            bytes = ctx.bodyAsBytes();
        }
        if (bytes.length > settings.maxUploadBytes()) {
            throw tooLarge();
        }
        try {
            return DocumentReaders.decode(name, bytes, forced);
        } catch (TextDecodingException e) {
            throw unreadable(e);
        }
    }

    private Charset charset(Context ctx) {
        String name = Params.text(ctx, "encoding");
        if (name == null && !ctx.isMultipartFormData()) {
            name = ctx.characterEncoding();
        }
        if (name == null && ctx.isMultipartFormData()) {
            name = ctx.formParam("encoding");
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw ApiException.badParameter("encoding", "unknown encoding '" + name + "'; use UTF-8, GBK or GB18030");
        }
    }

    private byte[] read(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxUploadBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApiException tooLarge() {
        return new ApiException(413, "Payload too large",
                "Documents larger than " + settings.maxUploadBytes() + " bytes are refused.", null);
    }
}
