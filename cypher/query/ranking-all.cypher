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
// Overdue as of $asOf: the unit's measures with a due date before it, summed from its stored counts by date
// (load/works-on; a few hundred entries at most), never from its measures.
WITH totalCredit, u, reduce(o = [0, 0], i IN range(0, size(coalesce(u.dueDates, [])) - 1) |
       CASE WHEN u.dueDates[i] < $asOf THEN [o[0] + u.dueCounts[i], o[1] + u.dueLeadCounts[i]] ELSE o END) AS overdue
RETURN totalCredit, u.name AS name, u.kind AS kind, u.leads AS leads, u.participations AS participations,
       u.leadShare AS leadShare, u.workload AS workload, overdue[0] AS overdue, overdue[1] AS overdueLeads
