package org.respnet.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** The seed's lines, and random edits of the kinds that real copy-and-paste damage makes. */
final class SeedMutations {

    static final List<String> SEED_LINES = readSeed();
    private static final String[] STRAY = {"、、", ",,", "、", ",", ";", "。", "(", ")", ":", " ", "\u3000", "、)"};
    private static final String WIDTH_PAIRS = "(（)）:：,，;；、､。｡0０1１2２";

    private SeedMutations() {
    }

    /** One to five edits applied one after another to the seed's lines. */
    static Arbitrary<List<String>> mutatedSeed() {
        Arbitrary<BiFunction<List<String>, Random, List<String>>> edit = Arbitraries.of(List.of(
                SeedMutations::deleteLine, SeedMutations::duplicateLine, SeedMutations::swapLines,
                SeedMutations::insertStrayPunctuation, SeedMutations::insertSpace, SeedMutations::swapWidth));
        return Arbitraries.integers().between(1, 5).flatMap(n -> Arbitraries.randoms().flatMap(random ->
                edit.list().ofSize(n).map(edits -> {
                    List<String> lines = new ArrayList<>(SEED_LINES);
                    edits.forEach(e -> e.apply(lines, random));
                    return lines;
                })));
    }

    static List<String> deleteLine(List<String> lines, Random r) {
        lines.remove(r.nextInt(lines.size()));
        return lines;
    }

    static List<String> duplicateLine(List<String> lines, Random r) {
        int i = r.nextInt(lines.size());
        lines.add(i, lines.get(i));
        return lines;
    }

    static List<String> swapLines(List<String> lines, Random r) {
        java.util.Collections.swap(lines, r.nextInt(lines.size()), r.nextInt(lines.size()));
        return lines;
    }

    /** Stray punctuation, preferably next to a list separator inside a clause: {@code 、、}, {@code ,,}, trailing {@code 、}. */
    static List<String> insertStrayPunctuation(List<String> lines, Random r) {
        return insertAtSeparator(lines, r, STRAY[r.nextInt(STRAY.length)]);
    }

    static List<String> insertSpace(List<String> lines, Random r) {
        return insertAtSeparator(lines, r, r.nextBoolean() ? " " : "\u3000");
    }

    /** Full-width ⇄ half-width swaps of the characters NFKC folds together. */
    static List<String> swapWidth(List<String> lines, Random r) {
        int i = r.nextInt(lines.size());
        lines.set(i, swapWidthsIn(lines.get(i), r));
        return lines;
    }

    static String swapWidthsIn(String line, Random r) {
        StringBuilder out = new StringBuilder(line.length());
        for (char c : line.toCharArray()) {
            int at = WIDTH_PAIRS.indexOf(c);
            out.append(at >= 0 && r.nextBoolean() ? WIDTH_PAIRS.charAt(at % 2 == 0 ? at + 1 : at - 1) : c);
        }
        return out.toString();
    }

    private static List<String> insertAtSeparator(List<String> lines, Random r, String insert) {
        int i = r.nextInt(lines.size());
        String line = lines.get(i);
        List<Integer> separators = new ArrayList<>();
        for (int k = 0; k < line.length(); k++) {
            if ("、,:()".indexOf(line.charAt(k)) >= 0) {
                separators.add(k);
            }
        }
        int at = separators.isEmpty() || r.nextInt(4) == 0 ? r.nextInt(line.length() + 1)
                : separators.get(r.nextInt(separators.size())) + r.nextInt(2);
        lines.set(i, line.substring(0, at) + insert + line.substring(at));
        return lines;
    }

    private static List<String> readSeed() {
        try {
            return List.of(Files.readString(Fixtures.SEED).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
