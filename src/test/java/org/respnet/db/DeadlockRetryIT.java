package org.respnet.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.load.DocumentLoader;

/**
 * A real deadlock, provoked on purpose: two writers each lock one unit and then wait for the other's. Neo4j
 * detects it and fails one of them with a transient error; {@link Graph#write} must retry that one after a
 * back-off, so both writes land and nobody sees an error.
 */
class DeadlockRetryIT {

    private static final TestDatabase db = TestDatabase.shared();
    private static final String TOUCH = "MATCH (u:Unit {name: $name}) SET u.deadlockProbe = coalesce(u.deadlockProbe, 0) + 1";
    private static ExecutorService pool;

    @BeforeAll
    static void load() {
        db.clear();
        new DocumentLoader(db.graph(), db.cypher()).load(Fixtures.seed());
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
        db.graph().write(tx -> tx.run("MATCH (u:Unit) REMOVE u.deadlockProbe").consume());
    }

    @Test
    void a_deadlocked_write_is_retried_and_both_writes_land() throws Exception {
        CountDownLatch bothHoldTheirFirstLock = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();
        Future<Integer> a = pool.submit(() -> lockInOrder("市委组织部", "团市委", bothHoldTheirFirstLock, attempts));
        Future<Integer> b = pool.submit(() -> lockInOrder("团市委", "市委组织部", bothHoldTheirFirstLock, attempts));

        int attemptsOfA = a.get(60, TimeUnit.SECONDS);
        int attemptsOfB = b.get(60, TimeUnit.SECONDS);

        // One of the two was chosen as the deadlock's victim and ran again; the other committed on its first try.
        assertThat(List.of(attemptsOfA, attemptsOfB)).containsExactlyInAnyOrder(1, 2);
        assertThat(attempts.get()).isEqualTo(3);
        Map<String, Object> probes = db.graph().read(tx -> tx.run("""
                MATCH (u:Unit) WHERE u.name IN ['市委组织部', '团市委']
                RETURN collect([u.name, u.deadlockProbe]) AS p""").single().get("p").asList(v -> v.asList())
                .stream().collect(java.util.stream.Collectors.toMap(p -> (String) p.get(0), p -> p.get(1))));
        // Each unit was incremented once per committed write: the victim's rolled-back attempt left nothing.
        assertThat(probes).containsEntry("市委组织部", 2L).containsEntry("团市委", 2L);
    }

    /** Locks {@code first}, waits (first attempt only) until the other writer holds its lock, then locks {@code second}. */
    private static int lockInOrder(String first, String second, CountDownLatch bothHold, AtomicInteger attempts) {
        AtomicInteger mine = new AtomicInteger();
        db.graph().write(tx -> {
            attempts.incrementAndGet();
            boolean firstAttempt = mine.incrementAndGet() == 1;
            tx.run(TOUCH, Map.of("name", first)).consume();
            if (firstAttempt) {
                bothHold.countDown();
                await(bothHold, Duration.ofSeconds(30));
            }
            tx.run(TOUCH, Map.of("name", second)).consume();
            return null;
        });
        return mine.get();
    }

    private static void await(CountDownLatch latch, Duration timeout) {
        try {
            assertThat(latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
