package org.respnet.parse;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Maps the other names a unit goes by to one canonical name ({@code unit-aliases.tsv}), so each unit is one node. */
public final class UnitAliases {

    private static final String DEFAULT_TABLE = "unit-aliases.tsv";

    private final Map<String, String> canonicalByAlias;

    /** User entries win over the defaults for the same alias. */
    public UnitAliases(Map<String, String> userAliasesFirst) {
        Map<String, String> all = new LinkedHashMap<>(toMap(TsvTable.fromClasspath(DEFAULT_TABLE)));
        all.putAll(userAliasesFirst);
        this.canonicalByAlias = Map.copyOf(all);
    }

    public static UnitAliases withDefaults() {
        return new UnitAliases(Map.of());
    }

    public static UnitAliases withExtraAliases(Path tsv) {
        return new UnitAliases(toMap(TsvTable.fromFile(tsv, 2)));
    }

    public String canonical(String name) {
        return canonicalByAlias.getOrDefault(name, name);
    }

    /** Every name on either side of the table. */
    public Set<String> knownNames() {
        Set<String> names = new HashSet<>(canonicalByAlias.keySet());
        names.addAll(canonicalByAlias.values());
        return names;
    }

    private static Map<String, String> toMap(java.util.List<TsvTable.Row> rows) {
        Map<String, String> map = new LinkedHashMap<>();
        for (TsvTable.Row row : rows) {
            if (row.cells().size() != 2) {
                throw new IllegalArgumentException(row.where() + ": expected alias and canonical name");
            }
            map.put(row.cells().get(0), row.cells().get(1));
        }
        return map;
    }
}
