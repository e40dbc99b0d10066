package org.respnet.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;
import org.respnet.db.VersionedCache;
import org.respnet.model.Workload;

/**
 * The leader's page: a readable default picture decided from the data, and the focus view of one unit.
 *
 * <p>The picture leaves out the ubiquitous units (in at least half the measures in scope: in the seed the 12 mass
 * organisations, which share measures with nearly every unit and turn any drawing into one blob), keeps each
 * remaining unit's strongest ties, and says what it left out. Groups come from Leiden on all ties between the units
 * drawn, and are called weak when their modularity is below {@link #WEAK_MODULARITY}.
 */
public final class LeaderViews {

    /** A unit in at least this share of the measures in scope is ubiquitous. */
    public static final double UBIQUITY_SHARE = 0.5;
    /** Below this modularity the groups are no better than a split of a dense tangle (Newman: 0.3 and up). */
    public static final double WEAK_MODULARITY = 0.3;
    private static final int LEADING = 2;
    private static final long SEED = 42L;

    private final Graph graph;
    private final CoordinationQueries coordination;
    private final String units;
    private final String measureCount;
    private final String pairTotals;
    private final String unitKind;
    private final String focusPartners;
    private final String focusPartnersDocument;
    private final String focusSecond;
    private final VersionedCache cache;

    public LeaderViews(Graph graph, CypherCatalog cypher, CoordinationQueries coordination) {
        this.graph = graph;
        this.coordination = coordination;
        this.units = cypher.get("query/units");
        this.measureCount = cypher.get("query/measure-count");
        this.pairTotals = cypher.get("query/pair-totals");
        this.unitKind = cypher.get("query/unit-kind");
        this.focusPartners = cypher.get("query/focus-partners");
        this.focusPartnersDocument = cypher.get("query/focus-partners-document");
        this.focusSecond = cypher.get("query/focus-second");
        this.cache = new VersionedCache(graph, cypher, VersionedCache.DEFAULT_ENTRIES);
    }

    /**
     * @param showUbiquitous draw the ubiquitous units too
     * @param perUnit        keep each unit's strongest ties, this many (0: all)
     * @param maxUnits       draw at most this many units, the strongest
     */
    public Picture picture(String document, Integer section, Weighting weighting, boolean showUbiquitous, int perUnit,
                           int maxUnits) {
        // Leiden over every pair in scope takes seconds at country scale: computed once per graph version.
        return cache.get(Arrays.asList("picture", document, section, weighting, showUbiquitous, perUnit, maxUnits),
                () -> computePicture(document, section, weighting, showUbiquitous, perUnit, maxUnits));
    }

    /** The results cached by graph version: the current version is readable by tests and the benchmark. */
    public VersionedCache cache() {
        return cache;
    }

    private Picture computePicture(String document, Integer section, Weighting weighting, boolean showUbiquitous,
                                   int perUnit, int maxUnits) {
        Map<String, Record> unitRows = unitRecords(document);
        long measures = measureCount(document);
        Map<String, Picture.HiddenUnit> ubiquitous = new LinkedHashMap<>();
        for (Record u : unitRows.values()) {
            long n = u.get("leads").asLong() + u.get("participations").asLong();
            if (measures > 0 && n >= UBIQUITY_SHARE * measures) {
                ubiquitous.put(u.get("name").asString(), new Picture.HiddenUnit(u.get("name").asString(),
                        u.get("kind").asString(null), n, (double) n / measures));
            }
        }
        UnitPairs pairs = coordination.unitPairs(document, section, weighting);
        String[] names = pairs.names();
        boolean[] hidden = new boolean[names.length];
        if (!showUbiquitous) {
            for (int v = 0; v < names.length; v++) {
                hidden[v] = ubiquitous.containsKey(names[v]);
            }
        }
        // Ties among the units that may be drawn, and each unit's strength over them.
        double[] strength = new double[names.length];
        int tiesOfHidden = 0;
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.weight()[i] <= 0) {
                continue;
            }
            if (hidden[pairs.from()[i]] || hidden[pairs.to()[i]]) {
                tiesOfHidden++;
                continue;
            }
            candidates.add(i);
            strength[pairs.from()[i]] += pairs.weight()[i];
            strength[pairs.to()[i]] += pairs.weight()[i];
        }
        // Units in scope: those with ties, plus (within a document) those with none, which a picture still owes.
        Set<String> inScope = new HashSet<>();
        for (int v = 0; v < names.length; v++) {
            if (!hidden[v]) {
                inScope.add(names[v]);
            }
        }
        if (section == null) {
            for (String name : unitRows.keySet()) {
                if (showUbiquitous || !ubiquitous.containsKey(name)) {
                    inScope.add(name);
                }
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (int v = 0; v < names.length; v++) {
            index.put(names[v], v);
        }
        List<String> drawn = new ArrayList<>(inScope);
        drawn.sort(Comparator.<String>comparingDouble(n -> -strengthOf(n, index, strength)).thenComparing(n -> n));
        int notDrawn = Math.max(0, drawn.size() - maxUnits);
        if (notDrawn > 0) {
            drawn = new ArrayList<>(drawn.subList(0, maxUnits));
        }
        Set<String> drawnSet = new HashSet<>(drawn);
        List<Integer> ties = candidates.stream()
                .filter(i -> drawnSet.contains(names[pairs.from()[i]]) && drawnSet.contains(names[pairs.to()[i]]))
                .toList();

        // Groups on all ties between the units drawn; then each unit's strongest ties for the drawing.
        UnitPairs among = subset(pairs, ties);
        Partition partition = new Partition(among);
        int[] cluster = partition.leiden(1.0, SEED);
        double modularity = partition.modularity(cluster);
        Map<String, Integer> membership = new HashMap<>();
        for (int v = 0; v < cluster.length; v++) {
            membership.put(partition.names.get(v), cluster[v]);
        }
        List<Integer> kept = strongest(pairs, ties, perUnit);
        List<GraphView.Edge> edges = edges(pairs, kept, document, section, weighting);
        int[] degree = new int[names.length];
        for (int i : ties) {
            degree[pairs.from()[i]]++;
            degree[pairs.to()[i]]++;
        }
        List<Picture.Node> nodes = new ArrayList<>();
        for (String name : drawn) {
            Record u = unitRows.get(name);
            Integer v = index.get(name);
            nodes.add(new Picture.Node(name, "unit", name, u == null ? null : u.get("kind").asString(null),
                    u == null ? 0 : u.get("leads").asLong(), u == null ? 0 : u.get("participations").asLong(),
                    u == null ? 0 : u.get("workload").asDouble(), membership.get(name),
                    v == null ? 0 : strength[v], v == null ? 0 : degree[v]));
        }
        return new Picture(weighting.name().toLowerCase(Locale.ROOT), measures, UBIQUITY_SHARE, nodes,
                edges, showUbiquitous ? List.of() : List.copyOf(ubiquitous.values()), perUnit, ties.size(),
                ties.size() - kept.size(), tiesOfHidden, notDrawn, modularity, modularity < WEAK_MODULARITY,
                groups(nodes, cluster));
    }

    private static double strengthOf(String name, Map<String, Integer> index, double[] strength) {
        Integer v = index.get(name);
        return v == null ? 0 : strength[v];
    }

    private static UnitPairs subset(UnitPairs pairs, List<Integer> ties) {
        int[] from = new int[ties.size()];
        int[] to = new int[ties.size()];
        double[] weight = new double[ties.size()];
        for (int j = 0; j < ties.size(); j++) {
            from[j] = pairs.from()[ties.get(j)];
            to[j] = pairs.to()[ties.get(j)];
            weight[j] = pairs.weight()[ties.get(j)];
        }
        return new UnitPairs(pairs.names(), from, to, weight);
    }

    /** The union of each unit's {@code perUnit} strongest ties (ties broken by the partner's name). */
    private static List<Integer> strongest(UnitPairs pairs, List<Integer> ties, int perUnit) {
        if (perUnit <= 0) {
            return ties;
        }
        String[] names = pairs.names();
        Map<Integer, List<Integer>> byUnit = new HashMap<>();
        for (int i : ties) {
            byUnit.computeIfAbsent(pairs.from()[i], k -> new ArrayList<>()).add(i);
            byUnit.computeIfAbsent(pairs.to()[i], k -> new ArrayList<>()).add(i);
        }
        boolean[] keep = new boolean[pairs.size()];
        byUnit.forEach((v, own) -> {
            own.sort(Comparator.<Integer>comparingDouble(i -> -pairs.weight()[i])
                    .thenComparing(i -> names[pairs.from()[i] == v ? pairs.to()[i] : pairs.from()[i]]));
            own.stream().limit(perUnit).forEach(i -> keep[i] = true);
        });
        List<Integer> kept = new ArrayList<>();
        for (int i : ties) {
            if (keep[i]) {
                kept.add(i);
            }
        }
        return kept;
    }

    /** Drawn ties with both counts: within a document from its edges, over all documents from the pair totals. */
    private List<GraphView.Edge> edges(UnitPairs pairs, List<Integer> kept, String document, Integer section,
                                       Weighting weighting) {
        List<String[]> named = new ArrayList<>();
        for (int i : kept) {
            String a = pairs.names()[pairs.from()[i]];
            String b = pairs.names()[pairs.to()[i]];
            named.add(a.compareTo(b) < 0 ? new String[] {a, b} : new String[] {b, a});
        }
        named.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        Map<String, CoordinationEdge> details = new HashMap<>();
        if (document != null) {
            for (CoordinationEdge e : coordination.edges(document, section)) {
                details.put(e.a() + '\u0000' + e.b(), e);
            }
        } else if (!named.isEmpty()) {
            List<Map<String, Object>> rows = named.stream().<Map<String, Object>>map(p -> Map.of("a", p[0], "b", p[1]))
                    .toList();
            for (CoordinationEdge e : graph.readList(pairTotals, Map.of("pairs", rows), r -> new CoordinationEdge(
                    r.get("a").asString(), r.get("b").asString(), r.get("measures").asLong(),
                    r.get("inverse").asDouble(), r.get("leadLead").asLong()))) {
                details.put(e.a() + '\u0000' + e.b(), e);
            }
        }
        List<GraphView.Edge> edges = new ArrayList<>();
        for (String[] p : named) {
            CoordinationEdge e = details.get(p[0] + '\u0000' + p[1]);
            if (e != null) {
                edges.add(new GraphView.Edge(e.a(), e.b(), e.measures(), e.inverse(), weighting.of(e), null));
            }
        }
        return edges;
    }

    /** Groups in id order (largest first), each named by its strongest members. */
    private static List<Picture.Group> groups(List<Picture.Node> nodes, int[] cluster) {
        int count = Arrays.stream(cluster).max().orElse(-1) + 1;
        List<List<Picture.Node>> members = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            members.add(new ArrayList<>());
        }
        for (Picture.Node n : nodes) {
            if (n.cluster() != null) {
                members.get(n.cluster()).add(n);
            }
        }
        List<Picture.Group> groups = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            List<Picture.Node> m = members.get(c);
            m.sort(Comparator.comparingDouble((Picture.Node n) -> -n.strength()).thenComparing(Picture.Node::id));
            groups.add(new Picture.Group(c, m.size(), m.stream().limit(LEADING).map(Picture.Node::id).toList()));
        }
        return groups;
    }

    /**
     * @param steps 1: the unit's partners; 2: also their strongest partners beyond them
     * @param limit at most this many partners at each step, the strongest
     * @return empty when no unit has that name
     */
    public java.util.Optional<Focus> focus(String unit, String document, Integer section, Weighting weighting,
                                           int steps, int limit, int perTie) {
        return cache.get(Arrays.asList("focus", unit, document, section, weighting, steps, limit, perTie),
                () -> computeFocus(unit, document, section, weighting, steps, limit, perTie));
    }

    private java.util.Optional<Focus> computeFocus(String unit, String document, Integer section, Weighting weighting,
                                                   int steps, int limit, int perTie) {
        List<Record> found = graph.readList(unitKind, Map.of("unit", unit), r -> r);
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        String weightingName = weighting.name().toLowerCase(Locale.ROOT);
        Map<String, Object> p = new HashMap<>();
        p.put("unit", unit);
        p.put("document", document);
        p.put("section", section == null ? null : org.respnet.model.Section.uid(document, section));
        p.put("weighting", weightingName);
        p.put("perTie", perTie);
        p.put("limit", limit);
        List<Record> rows = graph.readList(document == null ? focusPartners : focusPartnersDocument, p, r -> r);
        int total = document == null ? (rows.isEmpty() ? 0 : rows.get(0).get("total").asInt()) : rows.size();
        List<Focus.Partner> partners = rows.stream().limit(limit).map(r -> new Focus.Partner(r.get("name").asString(),
                r.get("kind").asString(null), 1, r.get("measures").asLong(), r.get("inverse").asDouble(),
                r.get("weight").asDouble(), r.get("shared").asList(v -> new Focus.SharedMeasure(
                        v.get("document").asString(), v.get("number").asString(), v.get("text").asString(""),
                        v.get("unitRole").asString(), v.get("partnerRole").asString())), List.of())).toList();
        List<Focus.Partner> second = List.of();
        List<GraphView.Edge> secondTies = List.of();
        if (steps >= 2 && !partners.isEmpty()) {
            Set<String> known = new HashSet<>();
            known.add(unit);
            partners.forEach(x -> known.add(x.name()));
            List<CoordinationEdge> beyond = new ArrayList<>();
            Map<String, String> kinds = new HashMap<>();
            if (document == null) {
                Map<String, Object> q = Map.of("partners", partners.stream().map(Focus.Partner::name).toList(),
                        "known", List.copyOf(known), "weighting", weightingName, "perPartner", limit);
                for (Record r : graph.readList(focusSecond, q, r -> r)) {
                    beyond.add(new CoordinationEdge(r.get("a").asString(), r.get("b").asString(),
                            r.get("measures").asLong(), r.get("inverse").asDouble(), 0));
                    kinds.put(r.get("b").asString(), r.get("kind").asString(null));
                }
            } else {
                Map<String, Record> unitRows = unitRecords(document);
                unitRows.forEach((name, r) -> kinds.put(name, r.get("kind").asString(null)));
                for (CoordinationEdge e : coordination.edges(document, section)) {
                    boolean aIn = known.contains(e.a()) && !e.a().equals(unit);
                    boolean bIn = known.contains(e.b()) && !e.b().equals(unit);
                    if (aIn && !known.contains(e.b())) {
                        beyond.add(e);
                    } else if (bIn && !known.contains(e.a())) {
                        beyond.add(new CoordinationEdge(e.b(), e.a(), e.measures(), e.inverse(), e.leadLead()));
                    }
                }
            }
            // The strongest units beyond, by their total tie weight to the partners; all their ties to partners.
            Map<String, Double> pull = new HashMap<>();
            Map<String, Long> measures = new HashMap<>();
            Map<String, Double> inverse = new HashMap<>();
            for (CoordinationEdge e : beyond) {
                pull.merge(e.b(), weighting.of(e), Double::sum);
                measures.merge(e.b(), e.measures(), Long::sum);
                inverse.merge(e.b(), e.inverse(), Double::sum);
            }
            List<String> chosen = pull.keySet().stream()
                    .sorted(Comparator.<String>comparingDouble(n -> -pull.get(n)).thenComparing(n -> n))
                    .limit(limit).toList();
            Set<String> chosenSet = new HashSet<>(chosen);
            Map<String, List<String>> via = new HashMap<>();
            List<GraphView.Edge> ties = new ArrayList<>();
            beyond.sort(Comparator.comparing(CoordinationEdge::a).thenComparing(CoordinationEdge::b));
            for (CoordinationEdge e : beyond) {
                if (chosenSet.contains(e.b())) {
                    via.computeIfAbsent(e.b(), k -> new ArrayList<>()).add(e.a());
                    ties.add(new GraphView.Edge(e.a(), e.b(), e.measures(), e.inverse(), weighting.of(e), null));
                }
            }
            second = chosen.stream().map(n -> new Focus.Partner(n, kinds.get(n), 2, measures.get(n), inverse.get(n),
                    pull.get(n), List.of(), List.copyOf(via.get(n)))).toList();
            secondTies = ties;
        }
        return java.util.Optional.of(new Focus(found.get(0).get("name").asString(),
                found.get(0).get("kind").asString(null), steps, weightingName, total, partners, second, secondTies));
    }

    private long measureCount(String document) {
        Map<String, Object> p = new HashMap<>();
        p.put("document", document);
        return graph.read(tx -> tx.run(measureCount, p).single().get("n").asLong());
    }

    private Map<String, Record> unitRecords(String document) {
        Map<String, Object> p = new HashMap<>();
        p.put("document", document);
        p.put("leadWeight", Workload.LEAD_WEIGHT);
        p.put("participationWeight", Workload.PARTICIPATION_WEIGHT);
        Map<String, Record> result = new LinkedHashMap<>();
        for (Record r : graph.readList(units, p, r -> r)) {
            result.put(r.get("name").asString(), r);
        }
        return result;
    }
}
