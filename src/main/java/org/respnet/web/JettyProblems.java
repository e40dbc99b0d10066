package org.respnet.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty rejects before Javalin sees them (a 10 KB URI: 414; bad UTF-8 or NUL in the path: 400) would get
 * Jetty's HTML error page. This handler hands them to {@link ErrorMapping}, so they get the same problem document,
 * never a stack.
 */
final class JettyProblems extends ErrorHandler {

    private static final String CONTENT_TYPE = ErrorMapping.CONTENT_TYPE;

    JettyProblems() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    /** Used where the HTTP parser itself fails and no request exists yet. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, CONTENT_TYPE));
        return ByteBuffer.wrap(body(status, reason));
    }

    private static byte[] body(int status, String message) {
        return ErrorMapping.rejectedBeforeRouting(status, message);
    }
}
