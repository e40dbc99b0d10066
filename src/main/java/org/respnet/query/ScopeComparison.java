package org.respnet.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;
import org.respnet.model.Section;
import org.respnet.model.Workload;

/** Two documents or sections side by side: each unit's leads, participations and workload in both, and the change. */
public final class ScopeComparison {

    private final Graph graph;
    private final String compare;

    public ScopeComparison(Graph graph, CypherCatalog cypher) {
        this.graph = graph;
        this.compare = cypher.get("query/compare-scopes");
    }

    /** A document, or one section of it. */
    public record Scope(String document, Integer section) {
        public Scope {
            if (document == null) {
                throw new IllegalArgumentException("a scope needs a document");
            }
        }

        String sectionUid() {
            return section == null ? null : Section.uid(document, section);
        }
    }

    /** A unit's figures in one scope, or the right scope's minus the left's. */
    public record Figures(long leads, long participations, double leadCredit, double workload) {
        Figures minus(Figures other) {
            return new Figures(leads - other.leads, participations - other.participations,
                    round(leadCredit - other.leadCredit, 6), round(workload - other.workload, 6));
        }

        /** Totals add figures already rounded to 6 decimals: 4 keep 48 shares of 1/12 adding up to 48, not 47.999998. */
        Figures plus(Figures other) {
            return new Figures(leads + other.leads, participations + other.participations,
                    round(leadCredit + other.leadCredit, 4), round(workload + other.workload, 4));
        }
    }

    public record ComparedUnit(String name, String kind, String kindLabel, Figures left, Figures right,
                               Figures difference) {
    }

    /** {@code difference} is always right − left; {@code totals} sums every unit of each side. */
    public record Comparison(Scope left, Scope right, String formula, ComparedUnit totals, List<ComparedUnit> units) {
    }

    public Comparison compare(Scope left, Scope right) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("leftDocument", left.document());
        parameters.put("leftSection", left.sectionUid());
        parameters.put("rightDocument", right.document());
        parameters.put("rightSection", right.sectionUid());
        List<ComparedUnit> units = graph.readList(compare, parameters, ScopeComparison::toUnit).stream()
                .sorted(java.util.Comparator.comparingDouble((ComparedUnit u) -> Math.max(u.left().workload(),
                        u.right().workload())).reversed().thenComparing(ComparedUnit::name))
                .toList();
        Figures zero = new Figures(0, 0, 0, 0);
        Figures leftTotal = units.stream().map(ComparedUnit::left).reduce(zero, Figures::plus);
        Figures rightTotal = units.stream().map(ComparedUnit::right).reduce(zero, Figures::plus);
        var totals = new ComparedUnit(null, null, null, leftTotal, rightTotal, rightTotal.minus(leftTotal));
        return new Comparison(left, right, Workload.FORMULA, totals, units);
    }

    private static ComparedUnit toUnit(Record r) {
        String kind = r.get("kind").asString(null);
        return new ComparedUnit(r.get("name").asString(), kind, Kinds.label(kind), figures(r, "left"),
                figures(r, "right"), figures(r, "right").minus(figures(r, "left")));
    }

    /** One side's counts, its workload by the one formula. */
    private static Figures figures(Record r, String side) {
        long leads = r.get(side + "Leads").asLong();
        long participations = r.get(side + "Participations").asLong();
        double credit = r.get(side + "Credit").asDouble();
        return new Figures(leads, participations, Workload.rounded(credit), Workload.of(leads, credit, participations));
    }

    /** Six decimals, as the stored workloads: 1.1 − 1.0 reads 0.1, not 0.10000000000000009. */
    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
