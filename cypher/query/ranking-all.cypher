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
// (load/works-on; a few hundred entries at most), never from its measures. The dates are sorted, so those before
// $asOf are the first k. Each array is read once into a variable: indexing the property itself re-reads it.
WITH totalCredit, u, coalesce(u.dueDates, []) AS dates, coalesce(u.dueCounts, []) AS counts,
     coalesce(u.dueLeadCounts, []) AS led
WITH totalCredit, u, counts, led, size([d IN dates WHERE d < $asOf]) AS k
WITH totalCredit, u, [reduce(s = 0, c IN counts[0..k] | s + c), reduce(s = 0, c IN led[0..k] | s + c)] AS overdue
RETURN totalCredit, u.name AS name, u.kind AS kind, u.leads AS leads, u.participations AS participations,
       u.leadShare AS leadShare, u.workload AS workload, overdue[0] AS overdue, overdue[1] AS overdueLeads
