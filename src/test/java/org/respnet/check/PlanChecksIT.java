package org.respnet.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.load.DocumentLoader;

/**
 * The checks on the seed report what a hand count of seeds/ gives. How it was counted: every measure of the seed
 * ends in {@code (牵头单位:X、Y,参与单位:Z、…)}; the lists were split at 、 (市人大法工委、内司工委 being 市人大法工委 and
 * 市人大内司工委), giving 48 measures, 45 units, 138 leads and 449 participations, and the figures below were tallied
 * from those lists (a short script over the text, independent of the parser, then checked against the text):
 * <ul>
 *   <li>every measure has a lead: no unled measure;</li>
 *   <li>three or more leads: 6 (4: 市编委办, 市发改委, 市民政局, 市财政局), 7, 8, 16, 17, 18, 22 (the twelve mass
 *       organisations), 10 (市文明办, 团市委, 市财政局), 13, 14, 38 (3 each) and 15 (4): 12 measures;</li>
 *   <li>市委组织部 leads 16 measures (9, 11, 12, 13, 15, 28, 34–38, 40–44) and takes part in none;</li>
 *   <li>the twelve mass organisations each lead 6 measures (团市委 7) and take part in most of the rest, so over the
 *       whole plan no unit leads nothing; in section 四 (measures 34–48, 15 measures) each of the twelve leads none and
 *       takes part in 12 (80%): all twelve are support-only there;</li>
 *   <li>workloads (2 × lead share + participations) have median 3.666667 (the 23rd of 45); above 3 × median: the
 *       twelve mass organisations (33 to 38) and 市委组织部 (25.833333 = 2 × 12.916667): 13 units;</li>
 *   <li>top 5 by leads: 市委组织部 16, 团市委 7, 市财政局 7, then 6 (ties: 市民政局, 市委宣传部 and the other mass
 *       organisations): 42 of 138 = 0.304348; Gini of the 45 workloads 0.607761;</li>
 *   <li>pairs co-leading 3 or more: the 66 pairs of mass organisations (7, 8, 16, 17, 18, 22: 6 each) and
 *       市民政局–市财政局 (6, 13, 47): 67 pairs.</li>
 * </ul>
 */
class PlanChecksIT {

    static final String SEED = "衢委发[2016]3号";
    static final List<String> MASS_ORGANISATIONS = List.of("市总工会", "团市委", "市妇联", "市科协", "市文联", "市工商联",
            "市侨联", "市社科联", "市残联", "市红十字会", "市贸促会", "市计生协会");
    /** Measures with no lead unit of each kind, and one with a deadline; the parser warns about 2 and 3. */
    static final String GAPS = """
            某市检查工作方案
            一、任务
            1.做好甲项工作。(参与单位:市财政局、市审计局)
            2.做好乙项工作。(各有关部门负责)
            3.做好丙项工作。
            4.做好丁项工作。(牵头单位:市民政局,参与单位:市统计局,完成时限:2022年10月底前)
            """;

    private static PlanChecks checks;

    @BeforeAll
    static void loadTheSeed() {
        TestDatabase db = TestDatabase.shared();
        db.clear();
        var loader = new DocumentLoader(db.graph(), db.cypher());
        loader.load(Fixtures.seed());
        loader.load(Fixtures.parseText("gaps.txt", GAPS));
        checks = new PlanChecks(db.graph(), db.cypher());
    }

    @Test
    void the_seed_has_no_unled_measure_and_twelve_with_three_or_more_leads() {
        CheckReport report = checks.run(CheckOptions.defaults(SEED, null));

        assertThat(report.unledMeasures().total()).isZero();
        assertThat(report.crowdedLeads().total()).isEqualTo(12);
        assertThat(report.crowdedLeads().findings()).extracting(CheckReport.FlaggedMeasure::number)
                .containsExactly("7", "8", "16", "17", "18", "22", "6", "15", "10", "13", "14", "38");
        var m10 = report.crowdedLeads().findings().stream().filter(m -> m.number().equals("10")).findFirst().orElseThrow();
        assertThat(m10.leads()).containsExactly("市文明办", "团市委", "市财政局");
        assertThat(m10.text()).startsWith("加强群团组织志愿者队伍建设");
    }

    @Test
    void the_seed_workload_outliers_are_the_mass_organisations_and_the_organisation_department() {
        var outliers = checks.run(CheckOptions.defaults(SEED, null)).workloadOutliers();

        assertThat(outliers.median()).isCloseTo(3.666667, within(1e-6));
        assertThat(outliers.total()).isEqualTo(13);
        assertThat(outliers.findings()).extracting(CheckReport.FlaggedUnit::name)
                .containsExactlyInAnyOrderElementsOf(concat(MASS_ORGANISATIONS, "市委组织部"));
        var department = outliers.findings().stream().filter(u -> u.name().equals("市委组织部")).findFirst().orElseThrow();
        assertThat(department.leads()).isEqualTo(16);
        assertThat(department.participations()).isZero();
        assertThat(department.workload()).isCloseTo(25.833333, within(1e-6));
        assertThat(department.measureRefs()).extracting(CheckReport.MeasureRef::number)
                .containsExactly("9", "11", "12", "13", "15", "28", "34", "35", "36", "37", "38", "40", "41", "42", "43", "44");
        assertThat(outliers.findings().get(0).workload()).isEqualTo(38.0);
    }

    @Test
    void no_unit_only_supports_the_whole_seed_but_the_mass_organisations_only_support_section_four() {
        assertThat(checks.run(CheckOptions.defaults(SEED, null)).supportOnlyUnits().total()).isZero();

        var section4 = checks.run(CheckOptions.defaults(SEED, 4)).supportOnlyUnits();
        assertThat(section4.findings()).extracting(CheckReport.FlaggedUnit::name)
                .containsExactlyInAnyOrderElementsOf(MASS_ORGANISATIONS);
        assertThat(section4.findings()).allSatisfy(u -> {
            assertThat(u.participations()).isEqualTo(12);
            assertThat(u.measures()).isEqualTo(15);
            assertThat(u.share()).isCloseTo(0.8, within(1e-9));
        });
    }

    @Test
    void the_seed_concentration_is_the_hand_count() {
        var seed = checks.run(CheckOptions.defaults(SEED, null)).concentration();

        assertThat(seed).hasSize(1);
        var c = seed.get(0);
        assertThat(c.measures()).isEqualTo(48);
        assertThat(c.units()).isEqualTo(45);
        assertThat(c.leads()).isEqualTo(138);
        assertThat(c.topLeads()).isEqualTo(42);
        assertThat(c.topShare()).isCloseTo(42.0 / 138, within(1e-6));
        assertThat(c.top().get(0)).isEqualTo(new CheckReport.TopUnit("市委组织部", 16));
        assertThat(c.gini()).isCloseTo(0.607761, within(1e-6));
    }

    @Test
    void sixty_seven_pairs_co_lead_three_or_more_seed_measures() {
        var pairs = checks.run(CheckOptions.defaults(SEED, null)).coLeadPairs();

        assertThat(pairs.total()).isEqualTo(67);
        assertThat(pairs.findings()).filteredOn(p -> p.shared() == 6).hasSize(66);
        var budget = pairs.findings().stream().filter(p -> p.a().equals("市民政局") || p.b().equals("市民政局"))
                .findFirst().orElseThrow();
        assertThat(List.of(budget.a(), budget.b())).containsExactlyInAnyOrder("市民政局", "市财政局");
        assertThat(budget.measureRefs()).extracting(CheckReport.MeasureRef::number).containsExactly("6", "13", "47");
    }

    @Test
    void over_all_documents_pairs_come_from_the_pair_totals_and_concentration_has_a_row_per_document_and_one_overall() {
        CheckReport all = checks.run(CheckOptions.defaults(null, null));

        assertThat(all.coLeadPairs().total()).isEqualTo(67);
        assertThat(all.concentration()).extracting(CheckReport.Concentration::document)
                .containsExactly("某市检查工作方案", SEED, null);
        var overall = all.concentration().get(2);
        assertThat(overall.measures()).isEqualTo(52);
        assertThat(overall.leads()).isEqualTo(139);
        assertThat(all.unledMeasures().total()).isEqualTo(3);
    }

    @Test
    void measures_without_a_lead_unit_by_kind() {
        var unled = checks.run(CheckOptions.defaults("某市检查工作方案", null)).unledMeasures();

        assertThat(unled.findings()).extracting(CheckReport.FlaggedMeasure::number, CheckReport.FlaggedMeasure::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "no-lead"),
                        org.assertj.core.groups.Tuple.tuple("2", "collective-only"),
                        org.assertj.core.groups.Tuple.tuple("3", "unassigned"));
        assertThat(unled.findings().get(0).participants()).containsExactly("市财政局", "市审计局");
        assertThat(unled.findings().get(1).collectives()).containsExactly("各有关部门");
    }

    private static List<String> concat(List<String> names, String name) {
        var all = new java.util.ArrayList<>(names);
        all.add(name);
        return all;
    }
}
