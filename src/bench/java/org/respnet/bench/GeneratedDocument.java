package org.respnet.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;
import org.respnet.model.Section;
import org.respnet.model.Source;
import org.respnet.model.Unit;
import org.respnet.model.UnitKind;

/**
 * One generated plan: its text in the format the parser reads, and the figures that parsing it must give back.
 *
 * @param measures in document order, leads and participants distinct and disjoint (as the parser keeps them)
 */
record GeneratedDocument(String fileName, String docNumber, String title, String date, String text, List<Section> sections,
                         List<Measure> measures, Map<String, UnitKind> kinds) {

    byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Distinct units named, in order of first mention. */
    List<String> unitNames() {
        LinkedHashMap<String, Boolean> seen = new LinkedHashMap<>();
        for (Measure m : measures) {
            m.leads().forEach(u -> seen.put(u, true));
            m.participants().forEach(u -> seen.put(u, true));
        }
        return new ArrayList<>(seen.keySet());
    }

    long leadCount() {
        return measures.stream().mapToLong(m -> m.leads().size()).sum();
    }

    long participationCount() {
        return measures.stream().mapToLong(m -> m.participants().size()).sum();
    }

    /** The model the parser would build, for feeding the loader without parsing. */
    PolicyDocument toPolicyDocument() {
        List<Unit> units = unitNames().stream().map(n -> new Unit(n, kinds.get(n), List.of())).toList();
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String key = GeneratedText.nfkc(docNumber);
        return new PolicyDocument(key, GeneratedText.nfkc(title), key, GeneratedText.ISSUER, date,
                new Source(fileName, "UTF-8", sha256(normalised)), sections, measures, units, List.of());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
