// Workload ranking over every document: the totals and workload maintained on each Unit at load time.
// Ranks and the requested order are applied by org.respnet.query.RankingOrder.
// The scope's lead credit: each led measure hands out 1 in all, split among its co-leads, so this is the number of
// measures with a lead, whatever the kind filter; a unit's leadShare is its credit over this (WorkloadRanking).
CALL () {
  MATCH (d:Document)
  RETURN sum(coalesce(d.ledMeasures, COUNT { (d)-[:HAS_MEASURE]->(m:Measure) WHERE m.leadCount > 0 })) AS totalCredit
}
MATCH (u:Unit)
WHERE $kind IS NULL OR u.kind = $kind
RETURN totalCredit, u.name AS name, u.kind AS kind, u.leads AS leads, u.participations AS participations,
       u.leadShare AS leadShare, u.workload AS workload
