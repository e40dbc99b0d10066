package org.respnet.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Refuses requests whose {@code Host} names another site: the defence against DNS rebinding. A hostile page at
 * {@code evil.example} can re-point its own name at 127.0.0.1; the browser then treats RespNet as that page's own
 * origin, so {@code Origin} checks pass and reads need no CORS. The name it asked for still arrives in {@code Host}.
 * A server bound to loopback answers only loopback names unless {@code RESPNET_ALLOWED_HOSTS} lists others; one
 * bound to a public address (a deliberate deployment, usually behind a proxy) answers any name unless the list is set.
 */
final class HostAllowList {

    private final List<String> allowed;
    private volatile boolean loopbackOnly;

    /** @param allowed host names (port ignored); {@code .example.org} admits its subdomains, {@code *} any name */
    HostAllowList(List<String> allowed) {
        this.allowed = allowed.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
    }

    /** Decided when the server binds: only then is its address known. */
    void boundTo(String bindHost) {
        loopbackOnly = allowed.isEmpty() && isLoopbackAddress(bindHost);
    }

    void check(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || host.isBlank()) {
            return; // HTTP/1.0 without Host: not a browser, and nothing to rebind
        }
        String name = hostName(host);
        if (isLoopbackName(name) || !loopbackOnly && allowed.isEmpty() || isListed(name)) {
            return;
        }
        throw new ApiException(403, "Host not allowed", "This server does not answer for the host name '" + name
                + "'. Open it as http://localhost or http://127.0.0.1, or list the name in RESPNET_ALLOWED_HOSTS "
                + "(a defence against DNS rebinding).", null);
    }

    private boolean isListed(String name) {
        for (String entry : allowed) {
            if (entry.equals("*") || entry.equals(name) || entry.startsWith(".") && name.endsWith(entry)) {
                return true;
            }
        }
        return false;
    }

    /** {@code localhost:7070} → {@code localhost}; {@code [::1]:7070} → {@code [::1]}. */
    static String hostName(String hostHeader) {
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    /** Names a browser resolves to loopback itself (RFC 6761), and loopback literals: no DNS can re-point them. */
    static boolean isLoopbackName(String name) {
        if (name.equals("localhost") || name.endsWith(".localhost") || name.equals("[::1]")) {
            return true;
        }
        return name.matches("127(\\.\\d{1,3}){3}");
    }

    private static boolean isLoopbackAddress(String bindHost) {
        if (bindHost == null) {
            return false;
        }
        String h = bindHost.strip();
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(h.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
