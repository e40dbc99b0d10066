package org.respnet.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks {@code Authorization: Bearer …} in constant time; tokens never appear in logs or answers. */
final class BearerTokens {

    private BearerTokens() {
    }

    static boolean presented(Context ctx, String expected) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8));
    }

    static ApiException unauthorized() {
        return new ApiException(401, "Unauthorized", "This endpoint needs an 'Authorization: Bearer <token>' header with a valid token.", null);
    }
}
