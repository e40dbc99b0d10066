package org.respnet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;
import org.respnet.model.Unit;
import org.respnet.parse.DocumentParser;
import org.respnet.text.TextReader;

class NetworkGeneratorTest {

    /** M's shape at a fifth of its size: 2 documents of 1,000 measures over 500 units. */
    private static final WorkloadSpec M_SMALL = WorkloadSpec.M.firstDocuments(2);

    private final DocumentParser parser = new DocumentParser();

    @Test
    void s_parses_back_to_the_seeds_size_with_exactly_the_generated_figures() {
        NetworkGenerator generator = new NetworkGenerator(WorkloadSpec.S);
        GeneratedDocument generated = generator.document(0);
        PolicyDocument parsed = parse(generated);

        assertThat(parsed.measures()).hasSize(48);
        assertThat(parsed.units()).hasSize(45);
        assertSameFigures(generated, parsed);
    }

    @Test
    void m_small_parses_back_measure_by_measure_and_names_every_unit() {
        NetworkGenerator generator = new NetworkGenerator(M_SMALL);
        Set<String> named = new HashSet<>();
        long measures = 0;
        for (int d = 0; d < M_SMALL.documents(); d++) {
            GeneratedDocument generated = generator.document(d);
            PolicyDocument parsed = parse(generated);
            assertSameFigures(generated, parsed);
            parsed.units().forEach(u -> named.add(u.name()));
            measures += parsed.measures().size();
        }
        assertThat(measures).isEqualTo(2_000);
        assertThat(named).hasSize(500);
    }

    @Test
    void the_same_seed_gives_the_same_documents() {
        assertThat(new NetworkGenerator(M_SMALL).document(1).text())
                .isEqualTo(new NetworkGenerator(M_SMALL).document(1).text());
    }

    @Test
    void roles_stay_within_the_bounds_and_mass_organisations_are_ubiquitous() {
        NetworkGenerator generator = new NetworkGenerator(M_SMALL);
        List<Measure> measures = generator.document(0).measures();
        assertThat(measures).allSatisfy(m -> {
            assertThat(m.leads()).hasSizeBetween(1, NetworkGenerator.MAX_LEADS);
            assertThat(m.participants()).hasSizeBetween(0, NetworkGenerator.MAX_PARTICIPANTS);
        });
        long withUnion = measures.stream().filter(m -> m.participants().contains("市总工会")).count();
        assertThat(withUnion).isBetween(250L, 450L);
    }

    @Test
    void the_direct_model_matches_what_parsing_gives() {
        GeneratedDocument generated = new NetworkGenerator(WorkloadSpec.S).document(0);
        PolicyDocument direct = generated.toPolicyDocument();
        PolicyDocument parsed = parse(generated);

        assertThat(direct.key()).isEqualTo(parsed.key());
        assertThat(direct.source().sha256()).isEqualTo(parsed.source().sha256());
        assertThat(direct.units()).containsExactlyInAnyOrderElementsOf(parsed.units());
        assertThat(direct.measures()).isEqualTo(parsed.measures());
    }

    private PolicyDocument parse(GeneratedDocument generated) {
        return parser.parse(TextReader.decode(generated.fileName(), generated.bytes(), null));
    }

    private static void assertSameFigures(GeneratedDocument generated, PolicyDocument parsed) {
        assertThat(parsed.key()).isEqualTo(GeneratedText.nfkc(generated.docNumber()));
        assertThat(parsed.sections()).hasSize(generated.sections().size());
        assertThat(parsed.measures()).hasSize(generated.measures().size());
        assertThat(parsed.units()).hasSize(generated.unitNames().size());
        assertThat((long) parsed.leadCount()).isEqualTo(generated.leadCount());
        assertThat((long) parsed.participationCount()).isEqualTo(generated.participationCount());
        for (int i = 0; i < parsed.measures().size(); i++) {
            Measure p = parsed.measures().get(i);
            Measure g = generated.measures().get(i);
            assertThat(p.leads()).as("leads of measure %d", i + 1).isEqualTo(g.leads());
            assertThat(p.participants()).as("participants of measure %d", i + 1).isEqualTo(g.participants());
            assertThat(p.deadline()).as("deadline of measure %d", i + 1).isEqualTo(g.deadline());
        }
        for (Unit u : parsed.units()) {
            assertThat(u.kind()).as(u.name()).isEqualTo(generated.kinds().get(u.name()));
        }
    }
}
