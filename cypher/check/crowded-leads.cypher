// Measures with $minLeads or more co-leads over all documents: shared leadership dilutes who answers for the result.
// Most co-leads first; one row per finding, the first $limit; total counts them all (no row: none). The count and
// the first $limit are read apart (index measure_lead_count), so the hundreds of thousands of findings at the
// benchmark's L are never collected. One document or section: crowded-leads-document.
CALL () {
  MATCH (m:Measure) WHERE m.leadCount >= $minLeads
  RETURN count(m) AS total
}
MATCH (m:Measure) WHERE m.leadCount >= $minLeads
WITH total, m ORDER BY m.leadCount DESC, m.document, m.index
LIMIT $limit
RETURN total, m.document AS document, m.number AS number, m.index AS index, m.section AS section,
       m.text AS text, m.clause AS clause, m.location AS location, m.deadline AS deadline, 'crowded-leads' AS kind,
       coalesce(m.collectives, []) AS collectives,
       COLLECT { MATCH (u:Unit)-[r:LEADS]->(m) RETURN u.name ORDER BY r.position } AS leads,
       COLLECT { MATCH (u:Unit)-[r:PARTICIPATES_IN]->(m) RETURN u.name ORDER BY r.position } AS participants
