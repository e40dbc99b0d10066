// Measures no unit leads, within the scope ($document, $section; null = all): 'no-lead' where units only take part,
// 'collective-only' where only collective phrases (各有关部门, not units) are named, 'unassigned' where no one is.
// A collective phrase names no particular body, so it cannot answer for a measure either.
// One row per finding, the first $limit in (document, index) order; total counts them all (no row: none).
// The count and the first $limit are read apart, so a scope with many findings is never collected whole.
CALL () {
  MATCH (m:Measure)
  WHERE m.leadCount = 0 AND ($document IS NULL OR m.document = $document)
    AND ($section IS NULL OR m.section = $section)
  RETURN count(m) AS total
}
MATCH (m:Measure)
WHERE m.leadCount = 0 AND ($document IS NULL OR m.document = $document)
  AND ($section IS NULL OR m.section = $section)
WITH total, m ORDER BY m.document, m.index
LIMIT $limit
RETURN total, m.document AS document, m.number AS number, m.index AS index, m.section AS section,
       m.text AS text, m.clause AS clause, m.location AS location, m.deadline AS deadline,
       CASE WHEN m.unitCount > 0 THEN 'no-lead'
            WHEN size(coalesce(m.collectives, [])) > 0 THEN 'collective-only' ELSE 'unassigned' END AS kind,
       coalesce(m.collectives, []) AS collectives, [] AS leads,
       COLLECT { MATCH (u:Unit)-[r:PARTICIPATES_IN]->(m) RETURN u.name ORDER BY r.position } AS participants
