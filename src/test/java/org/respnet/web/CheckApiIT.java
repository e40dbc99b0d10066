package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.web.Http.encode;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.load.DocumentLoader;

/**
 * The plan check and the deadlines over HTTP, on the seed and a plan with deadlines, as of fixed dates. The plan's
 * title names 2022, so 年底前 is 2022-12-31; by hand: measure 5 is due 2022-06-15, 3 on 2022-09-30 (第三季度), 1 on
 * 2022-10-31, 2 on 2022-12-31; 4 is ongoing, 6 (尽快) unknown, 7 has no deadline.
 */
class CheckApiIT {

    static final String PLAN_KEY = "某市2022年重点工作方案";
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
    private static final String SEED = encode("衢委发[2016]3号");
    private static WebServer server;
    private static Http http;

    @BeforeAll
    static void serve() {
        TestDatabase db = TestDatabase.shared();
        db.clear();
        var loader = new DocumentLoader(db.graph(), db.cypher());
        loader.load(Fixtures.seed());
        loader.load(Fixtures.parseText("plan.txt", PLAN));
        server = db.app().webServer().start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void checks_the_seed_as_counted_by_hand() {
        JsonNode r = http.getJson("/api/v1/checks?document=" + SEED);

        assertThat(r.get("unledMeasures").get("total").asInt()).isZero();
        assertThat(r.get("crowdedLeads").get("total").asInt()).isEqualTo(12);
        assertThat(r.get("workloadOutliers").get("total").asInt()).isEqualTo(13);
        assertThat(r.get("coLeadPairs").get("total").asInt()).isEqualTo(67);
        JsonNode c = r.get("concentration").get(0);
        assertThat(c.get("topLeads").asInt()).isEqualTo(42);
        assertThat(c.get("leads").asInt()).isEqualTo(138);
        assertThat(r.get("rules").get("workloadOutliers").asText()).contains("3.0 × the median");
        // Thresholds are parameters: four or more co-leads leaves 6, 15 and the six of the mass organisations.
        assertThat(http.getJson("/api/v1/checks?document=" + SEED + "&minLeads=4").get("crowdedLeads").get("total").asInt())
                .isEqualTo(8);
        assertThat(http.getJson("/api/v1/checks?document=" + SEED + "&section=4").get("supportOnlyUnits").get("total").asInt())
                .isEqualTo(12);
    }

    @Test
    void the_check_downloads_as_csv_with_one_line_per_finding() {
        var response = http.get("/api/v1/checks?document=" + SEED + "&format=csv");

        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = response.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFcheck,document,section,item,kind,value,measures,text");
        // 12 crowded measures + 13 outliers + 2 concentration figures + 67 pairs
        assertThat(lines).hasSize(1 + 12 + 13 + 2 + 67);
        assertThat(lines).anyMatch(l -> l.startsWith("workloadOutliers,衢委发[2016]3号,,市委组织部,PARTY_ORGAN,25.833333,"));
    }

    @Test
    void overdue_and_upcoming_as_of_a_fixed_date() {
        JsonNode overdue = http.getJson("/api/v1/deadlines/overdue?asOf=2022-10-01");
        assertThat(overdue.get("total").asInt()).isEqualTo(2);
        assertThat(numbers(overdue.get("measures"))).containsExactly("5", "3");
        assertThat(overdue.get("measures").get(0).get("dueDate").asText()).isEqualTo("2022-06-15");
        assertThat(overdue.get("measures").get(0).get("deadline").asText()).isEqualTo("2022年6月15日前");
        assertThat(overdue.get("measures").get(1).get("leads").get(0).asText()).isEqualTo("市财政局");

        assertThat(numbers(http.getJson("/api/v1/deadlines/upcoming?asOf=2022-10-01&days=30").get("measures")))
                .containsExactly("1");
        assertThat(numbers(http.getJson("/api/v1/deadlines/upcoming?asOf=2022-10-01&days=91&document="
                + encode(PLAN_KEY)).get("measures"))).containsExactly("1", "2");
        // The due day itself is not yet overdue.
        assertThat(numbers(http.getJson("/api/v1/deadlines/overdue?asOf=2022-09-30").get("measures"))).containsExactly("5");
        assertThat(http.getJson("/api/v1/deadlines/overdue?asOf=2023-01-01&document=" + SEED).get("total").asInt()).isZero();
    }

    @Test
    void a_units_timeline_by_due_month() {
        JsonNode t = http.getJson("/api/v1/units/" + encode("市财政局") + "/timeline?document=" + encode(PLAN_KEY));

        assertThat(t.get("measures").asInt()).isEqualTo(6);
        assertThat(t.get("undated").asInt()).isEqualTo(1);
        List<String> buckets = new ArrayList<>();
        t.get("buckets").forEach(b -> buckets.add(b.get("bucket").asText() + ":" + numbers(b.get("listed"))));
        assertThat(buckets).containsExactly("2022-06:[5]", "2022-09:[3]", "2022-10:[1]", "ongoing:[4]", "unknown:[6]");
        assertThat(t.get("buckets").get(3).get("leads").asInt()).isZero();
        // Over all documents the seed adds its 7 measures, none with a deadline.
        assertThat(http.getJson("/api/v1/units/" + encode("市财政局") + "/timeline").get("undated").asInt()).isEqualTo(8);
    }

    /** The ranking's overdue columns, by hand from the plan above: 市财政局 leads 5 and 3, due before 2022-10-01. */
    @Test
    void the_ranking_counts_each_units_overdue_measures_as_of_a_date() throws Exception {
        JsonNode ranking = http.getJson("/api/v1/rankings/workload?asOf=2022-10-01&sort=overdue");
        assertThat(ranking.get("asOf").asText()).isEqualTo("2022-10-01");
        JsonNode finance = ranking.get("units").get(0);
        assertThat(finance.get("name").asText()).isEqualTo("市财政局");
        assertThat(finance.get("overdue").asInt()).isEqualTo(2);
        assertThat(finance.get("overdueLeads").asInt()).isEqualTo(2);
        // 市审计局 supports 1 (2022-10-31) and leads 2 (2022-12-31); the seed adds none.
        JsonNode audit = Http.element(http.getJson("/api/v1/rankings/workload?asOf=2023-01-01").get("units"), "name", "市审计局");
        assertThat(audit.get("overdue").asInt()).isEqualTo(2);
        assertThat(audit.get("overdueLeads").asInt()).isEqualTo(1);
        // Without asOf: today on the server's clock, echoed.
        assertThat(http.getJson("/api/v1/rankings/workload?limit=1").get("asOf").asText())
                .isEqualTo(java.time.LocalDate.now().toString());

        var csv = http.get("/api/v1/rankings/workload?asOf=2022-10-01&sort=overdue&format=csv");
        var rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.body().substring(1))).getRecords();
        assertThat(rows.get(0).get("name")).isEqualTo("市财政局");
        assertThat(rows.get(0).get("overdue")).isEqualTo("2");
        assertThat(rows.get(0).get("overdueLeads")).isEqualTo("2");
        assertThat(rows.get(0).get("asOf")).isEqualTo("2022-10-01");
    }

    @Test
    void a_bad_asOf_for_the_ranking_is_a_400_problem_naming_it() {
        for (String bad : List.of("2022/10/01", "yesterday", "2022-02-30", "%2B999999999-12-31")) {
            var response = http.get("/api/v1/rankings/workload?asOf=" + bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonNode problem = http.json(response);
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("parameter").asText()).isEqualTo("asOf");
            assertThat(problem.get("detail").asText()).startsWith("asOf must be a date");
        }
    }

    @Test
    void bad_parameters_are_400_and_unknown_names_404() {
        assertThat(http.get("/api/v1/checks?section=2").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/checks?document=" + SEED + "&minLeads=one").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/checks?document=" + SEED + "&k=0.5").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/checks?document=nope").statusCode()).isEqualTo(404);
        var badDate = http.get("/api/v1/deadlines/overdue?asOf=2022/10/01");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("asOf must be a date written YYYY-MM-DD");
        assertThat(http.get("/api/v1/deadlines/upcoming?days=-1").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/deadlines/upcoming?asOf=%2B999999999-12-31").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/units/" + encode("不存在") + "/timeline").statusCode()).isEqualTo(404);
    }

    @Test
    void openapi_describes_the_check_and_deadline_endpoints() {
        JsonNode paths = http.getJson("/openapi.json").get("paths");

        assertThat(paths.fieldNames()).toIterable().contains("/api/v1/checks", "/api/v1/deadlines/overdue",
                "/api/v1/deadlines/upcoming", "/api/v1/units/{name}/timeline");
    }

    private static List<String> numbers(JsonNode measures) {
        List<String> numbers = new ArrayList<>();
        measures.forEach(m -> numbers.add(m.get("number").asText()));
        return numbers;
    }
}
