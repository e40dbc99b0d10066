package org.respnet.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Keeps other web sites out of the console and the writes. A page on another origin, open in the user's browser,
 * can send a "simple" POST (text/plain, form data) to a loopback server without any CORS preflight; browsers say
 * where such a request comes from in {@code Origin} and {@code Sec-Fetch-Site}. Requests with neither (curl,
 * scripts, the tests' HTTP client) are not from a browser page and stay allowed.
 */
final class SameOrigin {

    private final List<String> trustedOrigins;

    /** @param trustedOrigins the origins RESPNET_CORS_ORIGINS lists, which the administrator trusts explicitly */
    SameOrigin(List<String> trustedOrigins) {
        this.trustedOrigins = trustedOrigins.stream().map(SameOrigin::normalise).toList();
    }

    /** The console and every write: any method that is not a read, on the API. */
    static boolean guarded(Context ctx) {
        String method = ctx.method().name();
        boolean unsafe = !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
        return unsafe && ctx.path().startsWith("/api/");
    }

    void check(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null) {
            if (!sameAuthority(origin, ctx.host()) && !trustedOrigins.contains(normalise(origin))) {
                throw refused("Origin " + origin + " is not this server's");
            }
            return;
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw refused("Sec-Fetch-Site is " + site);
        }
    }

    /**
     * Compares host and port only: behind a TLS-terminating proxy the server sees http while the page is https.
     * {@code Origin: null} (sandboxed frames, file pages) never matches.
     */
    private static boolean sameAuthority(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = new URI(origin);
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            String hostNoDefaultPort = host.replaceFirst(":80$", "").replaceFirst(":443$", "");
            return authority.equalsIgnoreCase(host) || authority.equalsIgnoreCase(hostNoDefaultPort);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String normalise(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }

    private static ApiException refused(String why) {
        return new ApiException(403, "Cross-site request refused", why + ": the console, uploads and deletions "
                + "answer only pages served by RespNet itself (or origins listed in RESPNET_CORS_ORIGINS).", null);
    }
}
