package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;
import org.respnet.model.Unit;
import org.respnet.model.UnitKind;
import org.respnet.text.TextReader;

class SeedDocumentTest {

    private static final List<String> MASS_ORGANISATIONS = List.of("市总工会", "团市委", "市妇联", "市科协", "市文联",
            "市工商联", "市侨联", "市社科联", "市残联", "市红十字会", "市贸促会", "市计生协会");

    private static PolicyDocument seed;

    @BeforeAll
    static void parseSeed() {
        seed = Fixtures.parseFile(Fixtures.SEED);
    }

    @Test
    void gives_the_seed_figures() {
        assertThat(seed.sections()).hasSize(4);
        assertThat(seed.measures()).hasSize(48);
        assertThat(seed.units()).hasSize(45);
        assertThat(seed.leadCount()).isEqualTo(138);
        assertThat(seed.participationCount()).isEqualTo(449);
    }

    @Test
    void measure_33_restores_the_prefix_its_second_lead_shares_with_the_first() {
        Measure m = measure(33);

        assertThat(m.leads()).containsExactly("市人大法工委", "市人大内司工委");
        assertThat(m.participants()).startsWith("市政府办公室", "市法制办", "市司法局").hasSize(15);
    }

    @Test
    void measure_10_has_three_leads_including_tuan_shiwei() {
        assertThat(measure(10).leads()).containsExactly("市文明办", "团市委", "市财政局");
        assertThat(measure(10).participants()).doesNotContain("团市委").hasSize(11);
    }

    @Test
    void takes_metadata_only_from_intact_lines() {
        assertThat(seed.docNumber()).isEqualTo("衢委发[2016]3号");
        assertThat(seed.key()).isEqualTo("衢委发[2016]3号");
        assertThat(seed.title()).isEqualTo("衢州市加强和改进党的群团工作实施方案");
        assertThat(seed.issuer()).isEqualTo("中共衢州市委");
        assertThat(seed.date()).isNull();
        assertThat(seed.source().charset()).isEqualTo("UTF-8");
        assertThat(seed.source().sha256()).hasSize(64);
    }

    @Test
    void classifies_the_twelve_mass_organisations() {
        Map<String, Unit> units = units();

        assertThat(MASS_ORGANISATIONS).allSatisfy(name ->
                assertThat(units.get(name).kind()).as(name).isEqualTo(UnitKind.MASS_ORGANISATION));
        assertThat(units.get("市委组织部").kind()).isEqualTo(UnitKind.PARTY_ORGAN);
        assertThat(units.get("市财政局").kind()).isEqualTo(UnitKind.GOVERNMENT_DEPARTMENT);
        assertThat(units.get("市人大法工委").kind()).isEqualTo(UnitKind.PEOPLES_CONGRESS);
        assertThat(units.get("市政协办公室").kind()).isEqualTo(UnitKind.CPPCC);
        assertThat(units.get("市法院").kind()).isEqualTo(UnitKind.JUDICIARY);
    }

    @Test
    void supervisor_is_the_party_office_known_also_as_the_inspection_office() {
        assertThat(seed.supervisors()).containsExactly("市委办公室");
        assertThat(units().get("市委办公室").aliases()).containsExactly("市督考办");
        assertThat(seed.units()).extracting(Unit::name).doesNotHaveDuplicates().doesNotContain("市督考办");
    }

    @Test
    void measure_text_excludes_number_and_clause() {
        Measure first = measure(1);

        assertThat(first.number()).isEqualTo("1");
        assertThat(first.section()).isEqualTo(1);
        assertThat(first.text()).startsWith("把群团工作改革").endsWith("一并研究部署。");
        assertThat(first.clause()).startsWith("(牵头单位:市委改革办,参与单位:").endsWith("市计生协会)");
    }

    @Test
    void gbk_encoded_seed_parses_identically_to_utf8() throws Exception {
        String utf8 = Files.readString(Fixtures.SEED);
        // GBK has no NO-BREAK SPACE, so the seed's blank-looking lines become '?': the hash differs, the content not.
        byte[] gbk = utf8.getBytes(Charset.forName("GBK"));

        PolicyDocument fromGbk = new DocumentParser().parse(TextReader.decode(Fixtures.SEED.getFileName().toString(), gbk, null));

        assertThat(fromGbk.source().charset()).isEqualTo("GB18030");
        assertThat(fromGbk.measures()).isEqualTo(seed.measures());
        assertThat(fromGbk.units()).isEqualTo(seed.units());
        assertThat(fromGbk.sections()).isEqualTo(seed.sections());
        assertThat(fromGbk.supervisors()).isEqualTo(seed.supervisors());
        assertThat(fromGbk.key()).isEqualTo(seed.key());
        assertThat(fromGbk.title()).isEqualTo(seed.title());
    }

    private static Measure measure(int index) {
        return seed.measures().get(index - 1);
    }

    private static Map<String, Unit> units() {
        return seed.units().stream().collect(Collectors.toMap(Unit::name, Function.identity()));
    }
}
