package org.respnet.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty rejects before Javalin sees them (a 10 KB URI: 414; bad UTF-8 or NUL in the path: 400) would get
 * Jetty's HTML error page. This handler answers them with the same problem document as {@link ErrorMapping}, and
 * never with a stack.
 */
final class JettyProblems extends ErrorHandler {

    private static final String CONTENT_TYPE = "application/problem+json; charset=utf-8";

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

    static byte[] body(int status, String message) {
        String title = HttpStatus.getMessage(status);
        String detail = message == null || message.isBlank() || message.equals(title)
                ? "The server rejected the request before reading it (" + title + ")." : message;
        Problem problem = new Problem(ErrorMapping.typeOf(title), title, status, detail, null, null);
        try {
            return Json.mapper().writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            return ("{\"title\":\"" + status + "\",\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
