package org.respnet.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.load.DocumentLoader;
import org.respnet.model.PolicyDocument;
import org.respnet.web.Http;

/**
 * Readers hammer the API while the seed is replaced back and forth by a revision one measure shorter. Every answer
 * must be a 200 describing one version whole — never a document half old and half new.
 *
 * Short by default; {@code -Dsoak.reloads=200 -Dsoak.readers=16} gives the long variant.
 */
class ConcurrentReloadIT {

    private static final int RELOADS = Integer.getInteger("soak.reloads", 12);
    private static final int READERS = Integer.getInteger("soak.readers", 6);

    @Test
    void readers_never_see_a_partial_document_while_it_is_reloaded() throws Exception {
        TestDatabase db = TestDatabase.shared();
        db.clear();
        PolicyDocument full = Fixtures.seed();
        PolicyDocument shorter = Fixtures.parseText("revised.txt", Files.readString(Fixtures.SEED).replaceAll(
                "48\\.把群团事业发展规划[^\\n]*\\n", ""));
        var loader = new DocumentLoader(db.graph(), db.cypher());
        loader.load(full);
        String key = URLEncoder.encode(full.key(), StandardCharsets.UTF_8);
        // (measures, leads, participations) of each whole version, as the parser counted them
        Set<List<Long>> versions = Set.of(figures(full), figures(shorter));

        try (var server = db.app().webServer().start("127.0.0.1", 0)) {
            Http http = new Http(server.port());
            AtomicBoolean loading = new AtomicBoolean(true);
            AtomicInteger reads = new AtomicInteger();
            var problems = new ConcurrentLinkedQueue<String>();
            ExecutorService pool = Executors.newFixedThreadPool(READERS);
            Instant deadline = Instant.now().plusSeconds(120);
            List<Future<?>> readers = java.util.stream.IntStream.range(0, READERS).<Future<?>>mapToObj(i -> pool.submit(() -> {
                while (loading.get() && Instant.now().isBefore(deadline)) {
                    var sections = http.get("/api/v1/documents/" + key + "/sections");
                    var ranking = http.get("/api/v1/rankings/workload?document=" + key);
                    reads.incrementAndGet();
                    if (sections.statusCode() != 200 || ranking.statusCode() != 200) {
                        problems.add("status " + sections.statusCode() + "/" + ranking.statusCode());
                        continue;
                    }
                    List<Long> seen = sectionFigures(http.json(sections));
                    if (!versions.contains(seen)) {
                        problems.add("sections show " + seen);
                    }
                    List<Long> ranked = rankingFigures(http.json(ranking).get("units"));
                    if (versions.stream().noneMatch(v -> v.subList(1, 3).equals(ranked))) {
                        problems.add("ranking shows " + ranked);
                    }
                }
            })).toList();
            for (int i = 0; i < RELOADS; i++) {
                loader.load(i % 2 == 0 ? shorter : full, true, line -> { });
            }
            loading.set(false);
            for (Future<?> reader : readers) {
                reader.get();
            }
            pool.shutdown();

            assertThat(problems).isEmpty();
            assertThat(reads.get()).isGreaterThan(RELOADS);
        }
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

    private static List<Long> rankingFigures(JsonNode units) {
        long leads = 0;
        long participations = 0;
        for (JsonNode u : units) {
            leads += u.get("leads").asLong();
            participations += u.get("participations").asLong();
        }
        return List.of(leads, participations);
    }
}
