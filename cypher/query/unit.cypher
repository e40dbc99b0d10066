// A unit's figures and, per document in scope, how many of its measures are there (n) and how many measures the
// document has (size): org.respnet.query.UnitReadPlan chooses from them how to read the page and the partners.
// rank = 1 + units with a higher workload (competition ranking: equal workloads share a rank, as RankingOrder
// ranks): a range count on the unit_workload index rather than a scan of all units.
// leadCredit is the stored Σ 1/co-leads; leadShare puts it over all units' credit (the measures with a lead), as
// the ranking over all documents does (the denominator as in query/ranking-top).
MATCH (u:Unit {name: $name})
CALL () {
  MATCH (d:Document)
  RETURN sum(coalesce(d.ledMeasures, COUNT { (d)-[:HAS_MEASURE]->(m:Measure) WHERE m.leadCount > 0 })) AS totalCredit
}
CALL (u) {
  MATCH (u)-[w:WORKS_ON]->(d:Document)
  WHERE $document IS NULL OR d.key = $document
  WITH d.key AS key, w.leads + w.participations AS n, COUNT { (d)-[:HAS_MEASURE]->() } AS size
  ORDER BY key
  RETURN collect({key: key, n: n, size: size}) AS documents
}
RETURN u.name AS name, u.kind AS kind, coalesce(u.aliases, []) AS aliases, u.leads AS leads,
       u.participations AS participations, round(u.leadShare, 6) AS leadCredit,
       totalCredit, u.workload AS workload,
       COUNT { MATCH (o:Unit) WHERE o.workload > u.workload } + 1 AS rank,
       [(u)-[:SUPERVISES]->(d:Document) | d.key] AS supervises,
       documents
