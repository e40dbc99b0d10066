package org.respnet.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.respnet.model.UnitKind;

/** Decides a unit's kind from its name with the rule table {@code unit-kinds.tsv}; the first matching rule wins. */
public final class UnitClassifier {

    private static final String DEFAULT_TABLE = "unit-kinds.tsv";

    public enum MatchType { SUFFIX, CONTAINS, PREFIX, EXACT }

    /** One row of the table: names that match {@code pattern} this way are of {@code kind}. */
    public record Rule(MatchType type, String pattern, UnitKind kind) {

        public boolean matches(String name) {
            return switch (type) {
                case SUFFIX -> name.endsWith(pattern);
                case CONTAINS -> name.contains(pattern);
                case PREFIX -> name.startsWith(pattern);
                case EXACT -> name.equals(pattern);
            };
        }
    }

    private final List<Rule> rules;

    /** User rules are tried before the defaults, so a user can override any default. */
    public UnitClassifier(List<Rule> userRulesFirst) {
        List<Rule> all = new ArrayList<>(userRulesFirst);
        all.addAll(toRules(TsvTable.fromClasspath(DEFAULT_TABLE)));
        this.rules = List.copyOf(all);
    }

    public static UnitClassifier withDefaults() {
        return new UnitClassifier(List.of());
    }

    public static UnitClassifier withExtraRules(Path tsv) {
        return new UnitClassifier(toRules(TsvTable.fromFile(tsv, 3)));
    }

    public UnitKind classify(String name) {
        return rules.stream().filter(r -> r.matches(name)).map(Rule::kind).findFirst().orElse(UnitKind.OTHER);
    }

    /** Names the table spells out in full; they are complete even without a 市/省 prefix (团市委). */
    public List<String> exactNames() {
        return rules.stream().filter(r -> r.type() == MatchType.EXACT).map(Rule::pattern).toList();
    }

    private static List<Rule> toRules(List<TsvTable.Row> rows) {
        List<Rule> result = new ArrayList<>();
        for (TsvTable.Row row : rows) {
            if (row.cells().size() != 3) {
                throw new IllegalArgumentException(row.where() + ": expected match type, pattern and kind");
            }
            result.add(new Rule(parse(MatchType.class, row.cells().get(0), row),
                    row.cells().get(1), parse(UnitKind.class, row.cells().get(2), row)));
        }
        return result;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, TsvTable.Row row) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(row.where() + ": '" + value + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()), e);
        }
    }
}
