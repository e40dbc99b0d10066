// Measures with $minLeads or more co-leads within the scope: shared leadership dilutes who answers for the result.
// Most co-leads first; one row per finding, the first $limit; total counts them all (no row: none).
// One document is read through its measures (measure_document), all documents through measure_lead_count; the
// count and the first $limit are read apart, so hundreds of thousands of findings (L) are never collected.
CALL () {
  MATCH (m:Measure)
  USING INDEX m:Measure(document)
  WHERE $document IS NOT NULL AND m.document = $document AND m.leadCount >= $minLeads
    AND ($section IS NULL OR m.section = $section)
  RETURN count(m) AS total
  UNION ALL
  MATCH (m:Measure)
  WHERE $document IS NULL AND m.leadCount >= $minLeads
  RETURN count(m) AS total
}
WITH sum(total) AS total
CALL () {
  MATCH (m:Measure)
  USING INDEX m:Measure(document)
  WHERE $document IS NOT NULL AND m.document = $document AND m.leadCount >= $minLeads
    AND ($section IS NULL OR m.section = $section)
  RETURN m
  UNION ALL
  MATCH (m:Measure)
  WHERE $document IS NULL AND m.leadCount >= $minLeads
  RETURN m
}
WITH total, m ORDER BY m.leadCount DESC, m.document, m.index
LIMIT $limit
RETURN total, m.document AS document, m.number AS number, m.index AS index, m.section AS section,
       m.text AS text, m.clause AS clause, m.location AS location, m.deadline AS deadline, 'crowded-leads' AS kind,
       coalesce(m.collectives, []) AS collectives,
       COLLECT { MATCH (u:Unit)-[r:LEADS]->(m) RETURN u.name ORDER BY r.position } AS leads,
       COLLECT { MATCH (u:Unit)-[r:PARTICIPATES_IN]->(m) RETURN u.name ORDER BY r.position } AS participants
