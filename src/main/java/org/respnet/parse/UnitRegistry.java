package org.respnet.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.respnet.model.Unit;

/** Collects each distinct unit of a document once, in order of first mention, with the aliases it went by. */
final class UnitRegistry {

    private final Map<String, Set<String>> aliasesByName = new LinkedHashMap<>();

    void add(Mention mention) {
        Set<String> aliases = aliasesByName.computeIfAbsent(mention.name(), n -> new LinkedHashSet<>());
        if (!mention.writtenAs().equals(mention.name())) {
            aliases.add(mention.writtenAs());
        }
    }

    void addAlias(String name, String alias) {
        if (!alias.equals(name)) {
            aliasesByName.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(alias);
        }
    }

    List<Unit> build(UnitClassifier classifier) {
        List<Unit> units = new ArrayList<>();
        aliasesByName.forEach((name, aliases) -> units.add(new Unit(name, classifier.classify(name), List.copyOf(aliases))));
        return units;
    }
}
