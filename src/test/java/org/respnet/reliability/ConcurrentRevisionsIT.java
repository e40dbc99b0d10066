package org.respnet.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.app.RespNet;
import org.respnet.db.Graph;
import org.respnet.load.DocumentLoader;
import org.respnet.model.PolicyDocument;
import org.respnet.model.Unit;
import org.respnet.web.Http;
import org.respnet.web.WebSettings;

/**
 * Revisers upload revisions of their own documents through the API at once, every measure naming the same busy units
 * in orders that differ between documents, so their write transactions lock the shared units in conflicting orders
 * and deadlock. Each reviser alternates between two versions of its document (different measures, unit lists, due
 * dates and supervisors), and neighbouring revisers take up and drop the same units in opposite phases, so units and
 * their pairs are deleted and created again by revisions of different documents at once. Every fourth revision
 * deletes the document instead, so that the next upload is a first load. Readers read documents' sections and the
 * workload ranking alongside.
 *
 * <p>Every upload must answer 201 and every delete 200, or 503 with {@code Retry-After} and a problem document (sent
 * again then), never anything else; a read 200 (a document's sections 404 while it is not stored) or such a 503, and
 * a document's sections one of its two versions whole. Afterwards the graph — unit totals, WORKS_ON, pair totals,
 * every node and property — must be exactly what loading the last version each reviser got stored builds on an empty
 * graph. Retries are counted and printed, not bounded: a loader that never deadlocks passes too.
 *
 * <p>Short by default; {@code -Dsoak.revisers=8 -Dsoak.revisions=40 -Dsoak.readers=4} gives the long variant.
 */
class ConcurrentRevisionsIT {

    private static final int REVISERS = Integer.getInteger("soak.revisers", 4);
    private static final int REVISIONS = Integer.getInteger("soak.revisions", 6);
    private static final int READERS = Integer.getInteger("soak.readers", 2);
    private static final int MEASURES = 12;
    /**
     * How often one revision is sent after a 503 before the reviser gives up (and the test fails); with the requests'
     * timeout it bounds the run.
     */
    private static final int SENDS = 10;
    private static final String TOKEN = "soak-admin-token";
    private static final String TAGS = "甲乙丙丁戊己庚辛壬癸";

    @Test
    void concurrent_revisions_sharing_units_answer_201_or_503_and_leave_the_sum_of_the_last_versions() throws Exception {
        TestDatabase db = TestDatabase.shared();
        db.clear();
        List<String> seedUnits = Fixtures.seed().units().stream().map(Unit::name).toList();
        // The busy units every measure draws on.
        List<String> busy = seedUnits.subList(0, 12);
        // Each supervises one version and takes part in a measure of the other.
        List<String> supervisors = List.of(seedUnits.get(12), seedUnits.get(13));
        // Units that come and go: reviser c's version 0 names shared.get(c) and shared.get(c - 1), so a unit is named
        // by version 0 of two neighbours, which revise in opposite phases: as one drops it the other takes it up, and
        // whether it is left without a document (and deleted) depends on which commits first. Version 1 of every
        // document names allVersionOnes instead.
        String allVersionOnes = seedUnits.get(seedUnits.size() - 1);
        List<String> shared = seedUnits.subList(14, seedUnits.size() - 1);
        String[][] texts = new String[REVISERS][2];
        for (int c = 0; c < REVISERS; c++) {
            List<String> ownUnits = List.of(shared.get(c % shared.size()),
                    shared.get(Math.floorMod(c - 1, REVISERS) % shared.size()));
            texts[c][0] = plan(c, 0, busy, ownUnits, supervisors.get(0), supervisors.get(1));
            texts[c][1] = plan(c, 1, busy, List.of(allVersionOnes), supervisors.get(1), supervisors.get(0));
        }
        // (measures, leads, participations) of each version of each document, as the parser counts them
        List<Set<List<Long>>> versions = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int c = 0; c < REVISERS; c++) {
            PolicyDocument v0 = Fixtures.parseText(name(c), texts[c][0]);
            PolicyDocument v1 = Fixtures.parseText(name(c), texts[c][1]);
            assertThat(v1.key()).isEqualTo(v0.key());
            assertThat(figures(v1)).isNotEqualTo(figures(v0));
            assertThat(v0.supervisors()).containsExactly(supervisors.get(0));
            assertThat(v1.supervisors()).containsExactly(supervisors.get(1));
            keys.add(v0.key());
            versions.add(Set.of(figures(v0), figures(v1)));
        }
        assertThat(Set.copyOf(keys)).hasSize(REVISERS);

        AtomicInteger writeAttempts = new AtomicInteger();
        Graph counting = new Graph(countingWriteAttempts(db.graph().driver(), writeAttempts), "neo4j");
        RespNet app = new RespNet(counting, db.cypher(), RespNet.Settings.defaults().withWeb(
                WebSettings.defaults().withAdminToken(TOKEN)));
        HttpClient client = HttpClient.newHttpClient();
        // each distinct unexpected answer or reading, with how often it was seen
        var problems = new ConcurrentHashMap<String, Integer>();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger deleted = new AtomicInteger();
        AtomicInteger busyAnswers = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        var millis = new ConcurrentLinkedQueue<Long>();
        AtomicInteger busyReads = new AtomicInteger();
        int[] lastStored = new int[REVISERS];
        Arrays.fill(lastStored, -1);
        long started = System.nanoTime();
        try (var server = app.webServer().start("127.0.0.1", 0)) {
            Http http = new Http(server.port());
            AtomicBoolean revising = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(REVISERS + READERS);
            List<Future<?>> revisers = IntStream.range(0, REVISERS).<Future<?>>mapToObj(c -> pool.submit(() -> {
                for (int r = 0; r < REVISIONS; r++) {
                    // Every other reviser starts with version 1, so neighbours revise in opposite phases and the last
                    // versions stored differ between revisers.
                    int version = (r + c) % 2;
                    // Every fourth revision deletes the document instead (never the last), so that the next upload
                    // is a first load, which takes no lock on the old version's units before its own.
                    boolean delete = r > 0 && r < REVISIONS - 1 && (r + c) % 4 == 3;
                    String what = name(c) + (delete ? " delete" : " v" + version);
                    for (int send = 1; ; send++) {
                        long sent = System.nanoTime();
                        HttpResponse<String> answer = delete ? delete(client, server.port(), keys.get(c))
                                : upload(client, server.port(), name(c), texts[c][version]);
                        millis.add((System.nanoTime() - sent) / 1_000_000);
                        if (answer.statusCode() == (delete ? 200 : 201)) {
                            (delete ? deleted : created).incrementAndGet();
                            lastStored[c] = delete ? -1 : version;
                            break;
                        }
                        if (!isRetryableBusy(answer)) {
                            problem(problems, what + ": " + answer.statusCode() + " "
                                    + answer.headers().firstValue("Content-Type").orElse("") + " Retry-After: "
                                    + answer.headers().firstValue("Retry-After").orElse("none") + " " + answer.body());
                            break;
                        }
                        busyAnswers.incrementAndGet();
                        if (send == SENDS) {
                            problem(problems, what + ": still 503 after " + SENDS + " sends");
                            break;
                        }
                        sleep(Duration.ofSeconds(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow())));
                    }
                }
                return null;
            })).toList();
            List<Future<?>> readers = IntStream.range(0, READERS).<Future<?>>mapToObj(i -> pool.submit(() -> {
                while (revising.get()) {
                    int c = ThreadLocalRandom.current().nextInt(REVISERS);
                    var sections = http.get("/api/v1/documents/" + Http.encode(keys.get(c)) + "/sections");
                    var ranking = http.get("/api/v1/rankings/workload");
                    reads.incrementAndGet();
                    for (var answer : List.of(sections, ranking)) {
                        if (isRetryableBusy(answer)) {
                            busyReads.incrementAndGet();
                        } else if (answer.statusCode() != 200 && !(answer == sections && answer.statusCode() == 404)) {
                            problem(problems, "read " + answer.uri().getPath() + ": " + answer.statusCode() + " " + answer.body());
                        }
                    }
                    // A document is read as one of its two versions whole, never half revised.
                    if (sections.statusCode() == 200 && !versions.get(c).contains(sectionFigures(http.json(sections)))) {
                        problem(problems, "sections of " + name(c) + " show " + sectionFigures(http.json(sections))
                                + ", not one of " + versions.get(c));
                    }
                }
                return null;
            })).toList();
            try {
                for (Future<?> reviser : revisers) {
                    reviser.get();
                }
            } finally {
                revising.set(false);
            }
            for (Future<?> reader : readers) {
                reader.get();
            }
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int answered = created.get() + deleted.get() + busyAnswers.get();
        // Each answered write made one write attempt, plus one per retry Graph made after a transient failure.
        int retries = writeAttempts.get() - answered;
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("%d revisers × %d revisions in %.1f s: %d uploads stored (201), %d deletes (200), %d answered"
                        + " 503 and were sent again, %d write retries inside the server; writes took %d ms (median),"
                        + " %d ms (max); %d readers made %d reads, %d answered 503%n",
                REVISERS, REVISIONS, seconds, created.get(), deleted.get(), busyAnswers.get(), retries,
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), READERS, reads.get(), busyReads.get());

        assertThat(created.get() + deleted.get()).as("revisions done; problems: %s", problems)
                .isEqualTo(REVISERS * REVISIONS);

        // The graph the soak left, against a fresh load of the last version each reviser stored, one after another:
        // unit totals, WORKS_ON, pair totals, due counts, every node and relationship with its properties.
        List<String> soaked = db.dump();
        db.clear();
        var loader = new DocumentLoader(db.graph(), db.cypher());
        long measures = 0;
        for (int c = 0; c < REVISERS; c++) {
            assertThat(lastStored[c]).as("the last revision is never a delete").isNotNegative();
            PolicyDocument last = Fixtures.parseText(name(c), texts[c][lastStored[c]]);
            loader.load(last);
            measures += last.measures().size();
        }
        List<String> fresh = db.dump();
        // The differences, not two dumps of hundreds of lines, are what a failure should show; with the answers,
        // since a wrong answer and a wrong graph often come together.
        List<String> missing = new ArrayList<>(fresh);
        missing.removeAll(soaked);
        List<String> extra = new ArrayList<>(soaked);
        extra.removeAll(fresh);
        var softly = new SoftAssertions();
        softly.assertThat(problems).as("unexpected answers and readings, with how often each was seen").isEmpty();
        softly.assertThat(missing).as("in a fresh load of the last versions only").isEmpty();
        softly.assertThat(extra).as("in the graph the soak left only").isEmpty();
        softly.assertAll();
        assertThat(soaked).hasSize(fresh.size());
        assertThat(soaked.stream().filter(line -> line.startsWith("[Measure]")).count()).isEqualTo(measures);
        assertThat(soaked.stream().filter(line -> line.startsWith("COORDINATES ")).count()).isGreaterThan(busy.size());
    }

    private static void problem(Map<String, Integer> problems, String description) {
        problems.merge(description, 1, Integer::sum);
    }

    /**
     * Version {@code version} of reviser {@code c}'s plan: measure i is led by one or two busy units and names four
     * more, taken from a rotation of the busy units that differs per reviser, per measure and per version (and runs
     * backwards for every other reviser), so concurrent loads lock the same units in different orders. Version 1 has
     * one measure fewer and other due dates. Each of {@code ownUnits}, which the other version does not name, leads
     * every fourth measure; version 0's first leads measure 1, so a first load of version 0 locks it before any other
     * unit. {@code supervisor} only supervises, so nothing but the refresh of its totals
     * touches it; {@code alsoWorking} supervises the other version and takes part in this one's second measure.
     */
    private static String plan(int c, int version, List<String> busy, List<String> ownUnits, String supervisor,
                               String alsoWorking) {
        var text = new StringBuilder("某市" + tag(c) + "群团协同工作方案\n\n一、主要任务\n\n");
        int count = MEASURES - version;
        for (int i = 0; i < count; i++) {
            if (i == count / 2) {
                text.append("二、保障措施\n\n");
            }
            List<String> units = new ArrayList<>();
            for (int j = 0; j < 6; j++) {
                int at = Math.floorMod((c % 2 == 0 ? 1 : -1) * (j + i * 5 + c * 3 + version * 7), busy.size());
                units.add(busy.get(at));
            }
            for (int k = 0; k < ownUnits.size(); k++) {
                if (i % 4 == (version + 2 * k) % 4) {
                    units.add(0, ownUnits.get(k));
                }
            }
            if (i == 1) {
                units.add(alsoWorking);
            }
            int leads = i % 3 == 0 ? 2 : 1;
            text.append(i + 1).append(".做好第").append(i + 1).append("项协同工作。(牵头单位:")
                    .append(String.join("、", units.subList(0, leads))).append(",参与单位:")
                    .append(String.join("、", units.subList(leads, units.size())));
            if ((i + version) % 2 == 0) {
                text.append(",完成时限:2024年").append((i + version * 5) % 12 + 1).append("月底前");
            }
            text.append(")\n\n");
        }
        text.append(supervisor).append("对贯彻落实工作适时开展督促检查。\n");
        return text.toString();
    }

    private static String tag(int c) {
        return c < TAGS.length() ? TAGS.substring(c, c + 1) : TAGS.charAt(c % TAGS.length()) + "" + TAGS.charAt(c / TAGS.length() % TAGS.length());
    }

    private static String name(int c) {
        return "plan-" + c + ".txt";
    }

    private static HttpResponse<String> upload(HttpClient client, int port, String name, String text)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/documents?name=" + name))
                .header("Content-Type", "text/plain; charset=utf-8").header("Authorization", "Bearer " + TOKEN)
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> delete(HttpClient client, int port, String key)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/documents/"
                        + Http.encode(key))).header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(120))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The one failure a client may meet: 503, Retry-After, and a problem document saying so. */
    private static boolean isRetryableBusy(HttpResponse<String> answer) {
        return answer.statusCode() == 503 && answer.headers().firstValue("Retry-After").isPresent()
                && answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && answer.body().contains("\"status\":503");
    }

    private static List<Long> figures(PolicyDocument d) {
        return List.of((long) d.measures().size(), (long) d.leadCount(), (long) d.participationCount());
    }

    private static List<Long> sectionFigures(JsonNode sections) {
        long measures = 0;
        long leads = 0;
        long participations = 0;
        for (JsonNode s : sections) {
            measures += s.get("measures").asLong();
            leads += s.get("leads").asLong();
            participations += s.get("participations").asLong();
        }
        return List.of(measures, leads, participations);
    }

    /**
     * The driver, counting the explicit transactions begun on it: Graph begins one per write attempt (its reads use
     * managed transactions), so the count less the uploads answered is how many times it retried a write.
     */
    private static Driver countingWriteAttempts(Driver driver, AtomicInteger attempts) {
        InvocationHandler sessions = (proxy, method, args) -> {
            Object result = invoke(driver, method, args);
            if (result instanceof Session session) {
                return Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                        (p, m, a) -> {
                            if (m.getName().equals("beginTransaction")) {
                                attempts.incrementAndGet();
                            }
                            return invoke(session, m, a);
                        });
            }
            return result;
        };
        return (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] {Driver.class}, sessions);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
