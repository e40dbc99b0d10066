package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.app.RespNet;
import org.respnet.load.DocumentLoader;

/**
 * DNS rebinding: a hostile page re-points its own name at 127.0.0.1, so the browser sends RespNet same-origin
 * requests (Origin checks pass, reads need no CORS) — but with the hostile name in {@code Host}.
 */
class DnsRebindingIT {

    private static final TestDatabase db = TestDatabase.shared();
    private static final String RANKING = "/api/v1/rankings/workload?limit=50";

    @BeforeAll
    static void load() {
        db.clear();
        new DocumentLoader(db.graph(), db.cypher()).load(Fixtures.seed());
    }

    @Test
    void a_loopback_server_answers_only_loopback_names() {
        try (WebServer server = serve(WebSettings.defaults(), "127.0.0.1")) {
            Http http = new Http(server.port());
            int port = server.port();
            for (String target : List.of(RANKING, "/rankings.html", "/api/v1/documents", "/js/api.js")) {
                Http.Raw rebound = http.raw(target, "evil.example:" + port);
                assertThat(rebound.status()).as(target).isEqualTo(403);
                assertThat(rebound.contentType()).as(target).contains("problem+json");
                assertThat(rebound.body()).as(target).contains("Host not allowed").contains("evil.example")
                        .doesNotContain("市委组织部");
            }
            for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "127.0.0.2:" + port, "[::1]:" + port,
                    "respnet.localhost:" + port, "LOCALHOST")) {
                Http.Raw answer = http.raw(RANKING, host);
                assertThat(answer.status()).as(host).isEqualTo(200);
                assertThat(answer.body()).as(host).contains("市委组织部");
            }
            // A name that merely contains a loopback name is not one.
            assertThat(http.raw(RANKING, "localhost.evil.example:" + port).status()).isEqualTo(403);
            assertThat(http.raw(RANKING, "127.0.0.1.nip.io:" + port).status()).isEqualTo(403);
        }
    }

    @Test
    void listed_names_are_answered_and_others_still_refused() {
        WebSettings settings = WebSettings.defaults().withAllowedHosts(List.of("respnet.example", ".intranet.example"));
        try (WebServer server = serve(settings, "127.0.0.1")) {
            Http http = new Http(server.port());
            assertThat(http.raw(RANKING, "respnet.example:" + server.port()).status()).isEqualTo(200);
            assertThat(http.raw(RANKING, "plans.intranet.example").status()).isEqualTo(200);
            assertThat(http.raw(RANKING, "localhost:" + server.port()).status()).isEqualTo(200);
            assertThat(http.raw(RANKING, "evil.example:" + server.port()).status()).isEqualTo(403);
            assertThat(http.raw(RANKING, "intranet.example.evil.example").status()).isEqualTo(403);
        }
    }

    @Test
    void a_server_bound_to_all_interfaces_answers_any_name_unless_a_list_is_set() {
        try (WebServer server = serve(WebSettings.defaults(), "0.0.0.0")) {
            assertThat(new Http(server.port()).raw(RANKING, "respnet.example").status()).isEqualTo(200);
        }
        try (WebServer server = serve(WebSettings.defaults().withAllowedHosts(List.of("respnet.example")), "0.0.0.0")) {
            Http http = new Http(server.port());
            assertThat(http.raw(RANKING, "respnet.example").status()).isEqualTo(200);
            assertThat(http.raw(RANKING, "evil.example").status()).isEqualTo(403);
        }
    }

    private static WebServer serve(WebSettings settings, String bind) {
        return db.app(RespNet.Settings.defaults().withWeb(settings)).webServer().start(bind, 0);
    }
}
