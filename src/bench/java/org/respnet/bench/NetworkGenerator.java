package org.respnet.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.respnet.model.Measure;
import org.respnet.model.Section;
import org.respnet.model.UnitKind;

/**
 * A seeded generator of responsibility networks shaped like real plans: each measure has 1–4 leads and 0–20
 * participants drawn with a Zipf-like (1/rank) preference, so a few departments appear everywhere and most rarely;
 * about a third of the measures also bring in the 12 mass organisations as a block, as the seed does.
 * Document {@code d} depends only on the seed and {@code d}, so documents can be made lazily, in any order, in
 * parallel, and always come out the same.
 */
final class NetworkGenerator {

    static final int MAX_LEADS = 4;
    static final int MAX_PARTICIPANTS = 20;
    /** Share of measures that the 12 mass organisations all join (the seed: 39 of 48). */
    private static final double MASS_BLOCK = 0.35;
    private static final double ZIPF_EXPONENT = 1.0;

    private final WorkloadSpec spec;
    private final List<UnitNames.Named> universe;
    private final Map<String, UnitKind> kinds = new HashMap<>();
    private final int massCount = UnitNames.MASS_ORGANISATIONS.size();
    /** Cumulative 1/rank weights over the units after the mass organisations. */
    private final double[] zipf;

    NetworkGenerator(WorkloadSpec spec) {
        this.spec = spec;
        this.universe = UnitNames.universe(spec.units(), spec.seed());
        universe.forEach(n -> kinds.put(n.name(), n.kind()));
        int others = universe.size() - massCount;
        zipf = new double[others];
        double sum = 0;
        for (int r = 0; r < others; r++) {
            sum += 1.0 / Math.pow(r + 1, ZIPF_EXPONENT);
            zipf[r] = sum;
        }
        for (int r = 0; r < others; r++) {
            zipf[r] /= sum;
        }
    }

    WorkloadSpec spec() {
        return spec;
    }

    List<UnitNames.Named> universe() {
        return universe;
    }

    Stream<GeneratedDocument> documents() {
        return IntStream.range(0, spec.documents()).mapToObj(this::document);
    }

    GeneratedDocument document(int d) {
        SplittableRandom random = new SplittableRandom(spec.seed() * 1_000_003L + d);
        int sectionCount = spec.sectionsPerDocument();
        int perSection = spec.measuresPerDocument() / sectionCount;
        List<Section> sections = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        GeneratedText text = new GeneratedText(d, random);
        for (int s = 1; s <= sectionCount; s++) {
            Section section = new Section(s, GeneratedText.chineseNumeral(s), text.sectionTitle(random), List.of());
            sections.add(section);
            text.section(section);
            int inSection = s < sectionCount ? perSection : spec.measuresPerDocument() - perSection * (sectionCount - 1);
            for (int n = 1; n <= inSection; n++) {
                long global = (long) d * spec.measuresPerDocument() + measures.size();
                measures.add(text.measure(measures.size() + 1, n, s, responsibilities(random, global), random));
            }
        }
        return text.finish(sections, measures, kinds);
    }

    /** [leads, participants], distinct and disjoint. */
    private List<List<String>> responsibilities(SplittableRandom random, long globalIndex) {
        List<String> leads = new ArrayList<>(MAX_LEADS);
        int leadCount = pickLeadCount(random.nextDouble());
        while (leads.size() < leadCount) {
            String unit = random.nextDouble() < 0.04 ? mass(random.nextInt(massCount)) : zipfUnit(random);
            if (!leads.contains(unit)) {
                leads.add(unit);
            }
        }
        List<String> participants = new ArrayList<>(MAX_PARTICIPANTS);
        int extra;
        if (random.nextDouble() < MASS_BLOCK) {
            for (int i = 0; i < massCount; i++) {
                if (!leads.contains(mass(i))) {
                    participants.add(mass(i));
                }
            }
            extra = random.nextInt(7);
        } else {
            extra = random.nextDouble() < 0.1 ? 0 : Math.min(MAX_PARTICIPANTS, 1 + (int) (-Math.log(1 - random.nextDouble()) * 4.5));
        }
        int target = Math.min(MAX_PARTICIPANTS, participants.size() + extra);
        for (int tries = 0; participants.size() < target && tries < 50 * MAX_PARTICIPANTS; tries++) {
            String unit = zipfUnit(random);
            if (!leads.contains(unit) && !participants.contains(unit)) {
                participants.add(unit);
            }
        }
        // Every unit is named at least once: measure g also names unit g, so the realised count is exact.
        if (globalIndex < universe.size()) {
            String forced = universe.get((int) globalIndex).name();
            if (!leads.contains(forced) && !participants.contains(forced)) {
                if (participants.size() == MAX_PARTICIPANTS) {
                    participants.remove(participants.size() - 1);
                }
                participants.add(forced);
            }
        }
        return List.of(leads, participants);
    }

    private static int pickLeadCount(double u) {
        return u < 0.55 ? 1 : u < 0.80 ? 2 : u < 0.92 ? 3 : 4;
    }

    private String mass(int i) {
        return universe.get(i).name();
    }

    private String zipfUnit(SplittableRandom random) {
        double u = random.nextDouble();
        int lo = 0;
        int hi = zipf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (zipf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return universe.get(massCount + lo).name();
    }
}
