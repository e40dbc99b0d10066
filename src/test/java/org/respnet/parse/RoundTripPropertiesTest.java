package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;

/** A generated well-formed plan parses back into exactly the leads and participants it was written with. */
class RoundTripPropertiesTest {

    @Property(tries = 300)
    void a_generated_plan_parses_into_the_units_it_was_written_with(@ForAll("plans") GeneratedPlans.Plan plan) {
        ParseReport report = ParseInvariants.PARSER.check(Fixtures.decode(plan.text()));
        PolicyDocument doc = report.document();

        ParseInvariants.assertWellFormed(report);
        assertThat(report.warnings()).isEmpty();
        assertThat(doc.measures()).hasSameSizeAs(plan.measures());
        for (int i = 0; i < plan.measures().size(); i++) {
            GeneratedPlans.Expected expected = plan.measures().get(i);
            Measure m = doc.measures().get(i);
            String where = "measure " + (i + 1) + ": " + m.clause();
            assertThat(m.number()).as(where).isEqualTo(expected.number());
            assertThat(m.section()).as(where).isEqualTo(expected.section());
            assertThat(m.subsection()).as(where).isEqualTo(expected.subsection());
            assertThat(m.text()).as(where).isEqualTo(expected.text());
            assertThat(m.leads()).as(where).isEqualTo(expected.leads());
            assertThat(m.participants()).as(where).isEqualTo(expected.participants());
            assertThat(m.deadline()).as(where).isEqualTo(expected.deadline());
        }
        assertThat(doc.sections()).hasSize((int) plan.measures().stream().mapToInt(GeneratedPlans.Expected::section).distinct().count());
    }

    @Property(tries = 100)
    void every_unit_of_a_generated_plan_is_registered_once(@ForAll("plans") GeneratedPlans.Plan plan) {
        PolicyDocument doc = ParseInvariants.PARSER.parse(Fixtures.decode(plan.text()));

        List<String> named = plan.measures().stream()
                .flatMap(m -> java.util.stream.Stream.concat(m.leads().stream(), m.participants().stream()))
                .distinct().toList();
        assertThat(doc.units()).extracting(org.respnet.model.Unit::name).containsExactlyInAnyOrderElementsOf(named);
        assertThat(doc.leadCount()).isEqualTo(plan.measures().stream().mapToInt(m -> m.leads().size()).sum());
    }

    @Provide
    Arbitrary<GeneratedPlans.Plan> plans() {
        return GeneratedPlans.plans();
    }
}
