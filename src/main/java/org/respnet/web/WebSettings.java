package org.respnet.web;

import java.util.List;

/**
 * How the HTTP surface is exposed.
 *
 * @param adminToken     bearer token for write endpoints; blank disables them (they answer 403 saying so)
 * @param readToken      bearer token for the read API; blank leaves it open
 * @param maxUploadBytes largest request body accepted
 * @param corsOrigins    origins allowed cross-site; empty sends no CORS headers at all
 * @param allowedHosts   host names answered besides loopback ones (see {@link HostAllowList}); empty: loopback
 *                       names only when bound to loopback, any name otherwise
 */
public record WebSettings(String adminToken, String readToken, long maxUploadBytes, List<String> corsOrigins,
                          List<String> allowedHosts) {

    public static final long DEFAULT_MAX_UPLOAD = 10L * 1024 * 1024;

    public WebSettings {
        corsOrigins = corsOrigins == null ? List.of() : corsOrigins.stream().filter(o -> !o.isBlank()).toList();
        allowedHosts = allowedHosts == null ? List.of() : allowedHosts.stream().filter(h -> !h.isBlank()).toList();
    }

    public WebSettings(String adminToken, String readToken, long maxUploadBytes, List<String> corsOrigins) {
        this(adminToken, readToken, maxUploadBytes, corsOrigins, List.of());
    }

    /** Open reads, no writes, no CORS: what a test or a laptop wants. */
    public static WebSettings defaults() {
        return new WebSettings(null, null, DEFAULT_MAX_UPLOAD, List.of(), List.of());
    }

    public WebSettings withAdminToken(String token) {
        return new WebSettings(token, readToken, maxUploadBytes, corsOrigins, allowedHosts);
    }

    public WebSettings withReadToken(String token) {
        return new WebSettings(adminToken, token, maxUploadBytes, corsOrigins, allowedHosts);
    }

    public WebSettings withAllowedHosts(List<String> hosts) {
        return new WebSettings(adminToken, readToken, maxUploadBytes, corsOrigins, hosts);
    }

    boolean writesEnabled() {
        return adminToken != null && !adminToken.isBlank();
    }

    boolean readsProtected() {
        return readToken != null && !readToken.isBlank();
    }
}
