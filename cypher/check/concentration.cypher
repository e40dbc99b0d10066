// How concentrated a plan's accountability is: the share of all lead assignments held by the $top units that lead
// most, and the Gini coefficient of the units' workloads (0: all equal; towards 1: one unit carries everything),
// Σ (2i − n − 1) x_i / (n Σ x) over the workloads x sorted ascending, i = 1…n. One row per document in scope; a
// section when $section is given; with $document null, every document and one row (document null) for all
// documents together from the totals kept on each unit.
CALL () {
  MATCH (m:Measure) RETURN count(m) AS allMeasures
}
CALL (allMeasures) {
  MATCH (d:Document {key: $document})<-[w:WORKS_ON]-(u:Unit)
  WHERE $section IS NULL
  RETURN d.key AS document, d.title AS title, d.measures AS measures, u.name AS name, w.leads AS leads,
         w.participations AS participations, w.leadShare AS leadShare
  UNION ALL
  MATCH (d:Document)<-[w:WORKS_ON]-(u:Unit)
  WHERE $section IS NULL AND $document IS NULL
  RETURN d.key AS document, d.title AS title, d.measures AS measures, u.name AS name, w.leads AS leads,
         w.participations AS participations, w.leadShare AS leadShare
  UNION ALL
  MATCH (u:Unit) WHERE $document IS NULL AND u.leads + u.participations > 0
  RETURN null AS document, null AS title, allMeasures AS measures, u.name AS name,
         u.leads AS leads, u.participations AS participations, u.leadShare AS leadShare
  UNION ALL
  MATCH (d:Document {key: $document})-[:HAS_MEASURE]->(m:Measure) WHERE $section IS NOT NULL AND m.section = $section
  WITH d, collect(m) AS inSection
  UNWIND inSection AS m
  MATCH (u:Unit)-[r:LEADS|PARTICIPATES_IN]->(m)
  RETURN d.key AS document, d.title AS title, size(inSection) AS measures, u.name AS name,
         sum(CASE WHEN r:LEADS THEN 1 ELSE 0 END) AS leads, sum(CASE WHEN r:LEADS THEN 0 ELSE 1 END) AS participations,
         sum(CASE WHEN r:LEADS THEN r.share ELSE 0.0 END) AS leadShare
}
WITH document, title, measures, name, leads,
     round($leadWeight * leadShare + $participationWeight * participations, 6) AS workload
ORDER BY leads DESC, name
WITH document, title, measures, collect({name: name, leads: leads}) AS byLeads, collect(workload) AS workloads,
     sum(leads) AS totalLeads, sum(workload) AS totalWorkload
WITH document, title, measures, byLeads, totalLeads, totalWorkload, size(workloads) AS n,
     COLLECT { UNWIND workloads AS x RETURN x ORDER BY x } AS sorted
WITH document, title, measures, n, totalLeads, totalWorkload, sorted, byLeads[0..$top] AS top
WITH document, title, measures, n, totalLeads, top, reduce(s = 0, t IN top | s + t.leads) AS topLeads,
     CASE WHEN n = 0 OR totalWorkload = 0 THEN 0.0
          ELSE reduce(s = 0.0, i IN range(0, n - 1) | s + (2 * (i + 1) - n - 1) * sorted[i]) / (n * totalWorkload) END AS gini
RETURN document, title, measures, n AS units, totalLeads AS leads, topLeads, top,
       CASE WHEN totalLeads = 0 THEN null ELSE round(toFloat(topLeads) / totalLeads, 6) END AS topShare,
       round(gini, 6) AS gini
ORDER BY document IS NULL, document
