package org.respnet.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.model.PolicyDocument;

/**
 * Overdue counts in every ranking scope (all documents index-ordered and re-sorted, one document, one section) equal
 * a count made straight from the LEADS/PARTICIPATES_IN relationships and the measures' due dates, for every unit,
 * as of two fixed days, over the seed, a plan with deadlines and the real plans of ../shared/docs (and train/).
 */
class OverdueRankingIT {

    /** A plan of 2022 with dated, ongoing, unknown and missing deadlines (the one CheckApiIT counts by hand). */
    static final String PLAN = """
            某市2022年重点工作方案
            一、任务
            1.做好甲项工作。(牵头单位:市财政局,参与单位:市审计局,完成时限:2022年10月底前)
            2.做好乙项工作。(牵头单位:市审计局,完成时限:年底前)
            3.做好丙项工作。(牵头单位:市财政局,完成时限:第三季度)
            4.做好丁项工作。(牵头单位:市民政局,参与单位:市财政局,长期坚持)
            5.做好戊项工作。(牵头单位:市财政局,完成时限:2022年6月15日前)
            6.做好己项工作。(牵头单位:市财政局,完成时限:尽快)
            7.做好庚项工作。(牵头单位:市财政局)
            """;
    /** Before and after most of the corpus's dates (2018–2025): both sides of the comparison are exercised. */
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 10, 1));

    private static final TestDatabase db = TestDatabase.shared();
    private static final List<PolicyDocument> documents = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        db.clear();
        documents.add(Fixtures.seed());
        documents.add(Fixtures.parseText("plan.txt", PLAN));
        for (Path folder : List.of(Fixtures.SHARED_DOCS, Fixtures.SHARED_DOCS.resolve("train"))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> documents.add(Fixtures.parse(f)));
                }
            }
        }
        documents.forEach(db.app().loader()::load);
    }

    @Test
    void every_scope_counts_what_the_relationships_count() {
        WorkloadRanking ranking = db.app().ranking();
        long dated = db.count("MATCH (m:Measure) WHERE m.dueKind = 'date' RETURN count(m)");
        assertThat(dated).as("measures with a due date: the plan's four at least").isGreaterThanOrEqualTo(4);
        int sections = 0;
        for (LocalDate day : DAYS) {
            // all documents: the index-ordered default and the full read re-sorted
            assertThat(overdue(ranking.rank(new RankingFilter(null, null, null, "workload", false, 100_000, day))))
                    .isEqualTo(counted(null, null, day));
            assertThat(overdue(ranking.rank(new RankingFilter(null, null, null, "name", true, 100_000, day))))
                    .isEqualTo(counted(null, null, day));
            for (String key : db.graph().readList("MATCH (d:Document) RETURN d.key AS key", Map.of(),
                    r -> r.get("key").asString())) {
                assertThat(overdue(ranking.rank(new RankingFilter(key, null, null, "overdue", false, 100_000, day))))
                        .as("%s as of %s", key, day).isEqualTo(counted(key, null, day));
                for (long ordinal : db.graph().readList("MATCH (s:Section {document: $key}) RETURN s.ordinal AS o",
                        Map.of("key", key), r -> r.get("o").asLong())) {
                    assertThat(overdue(ranking.rank(new RankingFilter(key, (int) ordinal, null, "name", true, 100_000, day))))
                            .as("%s section %d as of %s", key, ordinal, day).isEqualTo(counted(key, (int) ordinal, day));
                    sections++;
                }
            }
        }
        // Every section of every loaded document was compared at each day (with ../shared/docs present, dozens).
        assertThat(sections).isEqualTo(DAYS.size() * documents.stream().mapToInt(d -> d.sections().size()).sum())
                .isGreaterThanOrEqualTo(DAYS.size() * 5);
        // Not all zeros: some unit is overdue in 2022 that was not yet in 2019.
        var late = overdue(ranking.rank(new RankingFilter(null, null, null, "workload", false, 100_000, DAYS.get(1))));
        var early = overdue(ranking.rank(new RankingFilter(null, null, null, "workload", false, 100_000, DAYS.get(0))));
        assertThat(late).isNotEqualTo(early);
        assertThat(late.values().stream().mapToLong(l -> l.get(0)).sum()).isPositive();
    }

    /**
     * By hand: the seed (衢委发[2016]3号) states no deadline for any of its 48 measures (its text has no 完成时限, no
     * 年底, no quarter), so 市委组织部, which leads more of them than any other unit, has 0 overdue as of any day. In the plan above,
     * 市财政局 leads measures 5 (due 2022-06-15) and 3 (第三季度: 2022-09-30) and 1 (2022-10-31), supports 4 (ongoing),
     * and 6 (尽快) and 7 fix no date: as of 2022-10-01 it has 2 overdue, both led; 市审计局 supports 1 and leads 2
     * (年底前: 2022-12-31): as of 2023-01-01, 2 overdue, 1 led.
     */
    @Test
    void the_hand_counts() {
        WorkloadRanking ranking = db.app().ranking();
        String seed = Fixtures.seed().key();
        assertThat(overdue(ranking.rank(new RankingFilter(seed, null, null, "name", true, 1000, LocalDate.of(2030, 1, 1))))
                .get("市委组织部")).containsExactly(0L, 0L);
        String plan = "某市2022年重点工作方案";
        assertThat(overdue(ranking.rank(new RankingFilter(plan, null, null, "name", true, 1000, LocalDate.of(2022, 10, 1))))
                .get("市财政局")).containsExactly(2L, 2L);
        assertThat(overdue(ranking.rank(new RankingFilter(plan, 1, null, "name", true, 1000, LocalDate.of(2023, 1, 1))))
                .get("市审计局")).containsExactly(2L, 1L);
        // The due day itself is not overdue yet.
        assertThat(overdue(ranking.rank(new RankingFilter(plan, null, null, "name", true, 1000, LocalDate.of(2022, 9, 30))))
                .get("市财政局")).containsExactly(1L, 1L);
        // Sorted by overdue, heaviest first.
        List<RankedUnit> byOverdue = ranking.rank(new RankingFilter(plan, null, null, "overdue", false, 1000,
                LocalDate.of(2022, 10, 1))).units();
        assertThat(byOverdue.get(0).name()).isEqualTo("市财政局");
    }

    private static Map<String, List<Long>> overdue(Ranking ranking) {
        Map<String, List<Long>> byName = new HashMap<>();
        ranking.units().forEach(u -> byName.put(u.name(), List.of(u.overdue(), u.overdueLeads())));
        return byName;
    }

    /** Each unit in scope: its measures (once each) with a date-kind due date before the day, and those it leads. */
    private static Map<String, List<Long>> counted(String document, Integer section, LocalDate day) {
        Map<String, Object> p = new HashMap<>();
        p.put("document", document);
        p.put("section", section);
        p.put("day", day);
        Map<String, List<Long>> byName = new HashMap<>();
        db.graph().readList("""
                MATCH (u:Unit)-[r:LEADS|PARTICIPATES_IN]->(m:Measure)
                WHERE ($document IS NULL OR m.document = $document) AND ($section IS NULL OR m.section = $section)
                WITH u, m, 'LEADS' IN collect(type(r)) AS led, m.dueKind = 'date' AND m.dueDate < $day AS late
                RETURN u.name AS name, count(CASE WHEN late THEN m END) AS overdue,
                       count(CASE WHEN late AND led THEN m END) AS overdueLeads""", p,
                r -> byName.put(r.get("name").asString(), List.of(r.get("overdue").asLong(), r.get("overdueLeads").asLong())));
        return byName;
    }
}
