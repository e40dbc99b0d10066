package org.respnet.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.respnet.TestDatabase;

/**
 * Who can reach the embedded database's Bolt port: only a client that knows this start's password. Bolt accepts
 * WebSocket connections from any web page (Neo4j 5.26 has no Origin check), so the test speaks Bolt over a
 * WebSocket with a foreign Origin, as a hostile page in the user's browser would, and is refused at login.
 */
class BoltAccessIT {

    private final TestDatabase db = TestDatabase.shared();

    @Test
    void a_driver_without_the_password_is_refused() {
        for (var auth : java.util.List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
                AuthTokens.basic("neo4j", "wrong-password"))) {
            try (var driver = GraphDatabase.driver(db.boltUri(), auth)) {
                assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
        // The application's own driver still works after those failures: no lock-out.
        assertThat(db.count("RETURN 42")).isEqualTo(42);
    }

    @Test
    void a_web_page_on_another_origin_cannot_log_in_over_websocket() throws Exception {
        assertThat(helloOverWebSocket(Map.of("scheme", "none"))).isEqualTo("FAILURE");
        assertThat(helloOverWebSocket(Map.of("scheme", "basic", "principal", "neo4j", "credentials", "neo4j")))
                .isEqualTo("FAILURE");
        // The same exchange with the right password succeeds, so the refusals above are about the password.
        String password = db.password();
        assertThat(helloOverWebSocket(Map.of("scheme", "basic", "principal", "neo4j", "credentials", password)))
                .isEqualTo("SUCCESS");
    }

    /** Bolt 4.4 over a WebSocket: handshake, then HELLO with the given auth; answers SUCCESS or FAILURE. */
    private String helloOverWebSocket(Map<String, String> auth) throws Exception {
        var messages = new LinkedBlockingQueue<byte[]>();
        URI uri = URI.create(db.boltUri().replace("bolt://", "ws://"));
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Origin", "http://attacker.example")
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new Collector(messages)).get(10, TimeUnit.SECONDS);
        try {
            socket.sendBinary(ByteBuffer.wrap(new byte[] {0x60, 0x60, (byte) 0xB0, 0x17,
                    0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}), true).get(10, TimeUnit.SECONDS);
            byte[] version = messages.poll(10, TimeUnit.SECONDS);
            assertThat(version).containsExactly(0, 0, 4, 4);

            var hello = new java.util.LinkedHashMap<String, String>(auth);
            hello.put("user_agent", "attacker/1.0");
            socket.sendBinary(ByteBuffer.wrap(chunk(helloMessage(hello))), true).get(10, TimeUnit.SECONDS);
            byte[] reply = messages.poll(10, TimeUnit.SECONDS);
            assertThat(reply).isNotNull();
            // chunk length (2 bytes), tiny struct marker, signature: 0x70 SUCCESS, 0x7F FAILURE
            return switch (reply[3]) {
                case 0x70 -> "SUCCESS";
                case 0x7F -> "FAILURE";
                default -> "signature " + reply[3];
            };
        } finally {
            socket.abort();
        }
    }

    private static byte[] helloMessage(Map<String, String> fields) {
        var out = new ByteArrayOutputStream();
        out.write(0xB1); // a structure of one field
        out.write(0x01); // HELLO
        out.write(0xA0 + fields.size());
        fields.forEach((k, v) -> {
            packString(out, k);
            packString(out, v);
        });
        return out.toByteArray();
    }

    private static void packString(ByteArrayOutputStream out, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 16) {
            out.write(0x80 + bytes.length);
        } else {
            out.write(0xD0);
            out.write(bytes.length);
        }
        out.writeBytes(bytes);
    }

    private static byte[] chunk(byte[] message) {
        var out = new ByteArrayOutputStream();
        out.write(message.length >> 8);
        out.write(message.length & 0xFF);
        out.writeBytes(message);
        out.write(0);
        out.write(0);
        return out.toByteArray();
    }

    /** Gathers each binary WebSocket message whole. */
    private record Collector(LinkedBlockingQueue<byte[]> messages, ByteArrayOutputStream partial)
            implements WebSocket.Listener {
        Collector(LinkedBlockingQueue<byte[]> messages) {
            this(messages, new ByteArrayOutputStream());
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            partial.writeBytes(bytes);
            if (last) {
                messages.add(partial.toByteArray());
                partial.reset();
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }
}
