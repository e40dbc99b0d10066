package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.TransientException;
import org.respnet.db.DatabaseBusyException;

/** A deadlock that outlives Graph's retries is a 503 the client may retry, not a bare 500. */
class TransientFailureTest {

    @Test
    void a_deadlock_reaching_the_web_layer_is_a_503_with_retry_after() {
        RouteGroup deadlocking = routes -> routes.get("/api/v1/deadlock", ctx -> {
            // What Graph throws once its retries are spent.
            throw new DatabaseBusyException(new TransientException("Neo.TransientError.Transaction.DeadlockDetected",
                    "ForsetiClient[1] can't acquire ExclusiveLock{owner=ForsetiClient[2]}"));
        });
        try (WebServer server = new WebServer(WebSettings.defaults(), () -> true, List.of(deadlocking)).start("127.0.0.1", 0)) {
            var raw = new Http(server.port()).raw("/api/v1/deadlock");
            var response = new Http(server.port()).get("/api/v1/deadlock");

            assertThat(raw.status()).isEqualTo(503);
            assertThat(raw.contentType()).startsWith("application/problem+json");
            assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(response.body()).contains("DeadlockDetected").contains("send it again")
                    .doesNotContain("ForsetiClient");
        }
    }
}
