package org.respnet.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.model.PolicyDocument;

/**
 * A document's write transaction runs under a timeout sized to its rows, which the database honours even above its
 * own default; past it the load is rolled back and says why, and the stored version stands.
 */
class LoadTimeoutIT {

    private final TestDatabase db = TestDatabase.shared();

    @BeforeEach
    void seeded() {
        db.clear();
        new DocumentLoader(db.graph(), db.cypher()).load(Fixtures.seed());
    }

    @Test
    void a_write_past_its_timeout_is_rolled_back_with_a_clear_error() {
        long nodes = db.count("MATCH (n) RETURN count(n)");
        long relationships = db.count("MATCH ()-[r]->() RETURN count(r)");
        // Neo4j's transaction monitor looks for timed-out transactions every 2 s, so the load waits 3 s inside its
        // transaction (after its first statement) to be sure the monitor has seen it overrun its 1 ms.
        var waitedOnce = new java.util.concurrent.atomic.AtomicBoolean();
        DocumentLoader.StepTimes slowFirstStep = (step, nanos) -> {
            if (waitedOnce.compareAndSet(false, true)) {
                sleep(Duration.ofSeconds(3));
            }
        };
        var tooShort = new DocumentLoader(db.graph(), db.cypher(), new WriteTimeout(Duration.ofMillis(1), Duration.ZERO),
                slowFirstStep);

        LoadTimedOutException e = catchThrowableOfType(() -> tooShort.load(Fixtures.seed(), true, line -> { }),
                LoadTimedOutException.class);

        assertThat(e).hasMessageContaining("took longer than its write timeout of 0 s")
                .hasMessageContaining("the stored version is unchanged");
        assertThat(db.count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(db.count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
    }

    @Test
    void the_timeout_grows_with_the_rows_so_the_same_revision_lands() {
        PolicyDocument seed = Fixtures.seed();
        long rows = new DocumentRows(seed).rowCount();
        // 1 ms alone fails (above); 1 ms plus 10 minutes per 10,000 rows gives the seed's rows minutes.
        var sized = new WriteTimeout(Duration.ofMillis(1), Duration.ofMinutes(10));
        assertThat(sized.forRows(rows)).isGreaterThan(Duration.ofSeconds(30));

        var result = new DocumentLoader(db.graph(), db.cypher(), sized, DocumentLoader.StepTimes.NONE).load(seed, true, l -> { });

        assertThat(result.measures()).isEqualTo(48);
        assertThat(db.count("MATCH (m:Measure) RETURN count(m)")).isEqualTo(48);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void sizes_follow_the_rows_above_the_minimum() {
        var timeout = WriteTimeout.defaults();
        assertThat(timeout.forRows(0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(timeout.forRows(20_000)).isEqualTo(Duration.ofSeconds(60));
        assertThat(timeout.forRows(241_000)).isEqualTo(Duration.ofMillis(723_000));
    }
}
