// The default ranking (all documents, heaviest first) in the order of the unit_workload index: only the first
// $limit units are read, however many there are. Ties are broken by name, as in org.respnet.query.RankingOrder.
MATCH (u:Unit)
WHERE u.workload IS NOT NULL AND ($kind IS NULL OR u.kind = $kind)
WITH u
ORDER BY u.workload DESC, u.name ASC
LIMIT $limit
WITH collect(u) AS top
// The lead credit of all documents, once, after the index-ordered read: each led measure hands out 1 in all, split
// among its co-leads, so this is the number of measures with a lead, whatever the kind filter; a unit's leadShare is
// its credit over this. Summed from the documents (1,000 at the benchmark's L), not the units (10,000): stored at
// load as Document.ledMeasures, counted for a document stored by an older release.
CALL () {
  MATCH (d:Document)
  RETURN sum(coalesce(d.ledMeasures, COUNT { (d)-[:HAS_MEASURE]->(m:Measure) WHERE m.leadCount > 0 })) AS totalCredit
}
UNWIND top AS u
// Overdue as of $asOf: the unit's measures with a due date before it, summed from its stored counts by date
// (load/works-on; a few hundred entries at most), never from its measures.
WITH totalCredit, u, reduce(o = [0, 0], i IN range(0, size(coalesce(u.dueDates, [])) - 1) |
       CASE WHEN u.dueDates[i] < $asOf THEN [o[0] + u.dueCounts[i], o[1] + u.dueLeadCounts[i]] ELSE o END) AS overdue
RETURN totalCredit, u.name AS name, u.kind AS kind, u.leads AS leads, u.participations AS participations,
       u.leadShare AS leadShare, u.workload AS workload, overdue[0] AS overdue, overdue[1] AS overdueLeads
