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
import org.respnet.text.TextDecodingException;
import org.respnet.text.DocumentReaders;

/**
 * {@code POST /api/v1/documents}: load a document for users who cannot reach the server's disk. Raw text (encoding
 * from {@code ?encoding=}, the Content-Type charset, or detected) or multipart with a {@code file} part.
 */
final class UploadRoutes {

    private final DocumentIngest ingest;
    private final WebSettings settings;

    UploadRoutes(DocumentIngest ingest, WebSettings settings) {
        this.ingest = ingest;
        this.settings = settings;
    }

    void install(RoutesConfig routes) {
        routes.post(AnalyticsRoutes.BASE + "/documents", this::upload);
    }

    private void upload(Context ctx) {
        if (!settings.writesEnabled()) {
            throw new ApiException(403, "Writes disabled",
                    "Uploading is switched off: start RespNet with RESPNET_ADMIN_TOKEN set to enable it.", null);
        }
        if (!BearerTokens.presented(ctx, settings.adminToken())) {
            throw BearerTokens.unauthorized();
        }
        if (ctx.contentLength() > settings.maxUploadBytes()) {
            throw tooLarge();
        }
        boolean force = Params.bool(ctx, "force", false);
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
            LoadResult result = ingest.ingest(DocumentReaders.decode(name, bytes, forced), force, line -> { });
            ctx.status(result.skipped() ? 200 : 201).json(result);
        } catch (TextDecodingException | ParseException e) {
            throw new ApiException(422, "Unreadable document", e.getMessage(), null);
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
