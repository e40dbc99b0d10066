// Measures with $minLeads or more co-leads within one document ($document) or one of its sections ($section):
// read from the document's own measures (index measure_document), whatever the size of the rest of the graph.
// Most co-leads first; one row per finding, the first $limit; total counts them all (no row: none).
MATCH (m:Measure)
USING INDEX m:Measure(document)
WHERE m.document = $document AND m.leadCount >= $minLeads AND ($section IS NULL OR m.section = $section)
WITH m ORDER BY m.leadCount DESC, m.index
WITH collect(m) AS found
UNWIND found[0..$limit] AS m
RETURN size(found) AS total, m.document AS document, m.number AS number, m.index AS index, m.section AS section,
       m.text AS text, m.clause AS clause, m.location AS location, m.deadline AS deadline, 'crowded-leads' AS kind,
       coalesce(m.collectives, []) AS collectives,
       COLLECT { MATCH (u:Unit)-[r:LEADS]->(m) RETURN u.name ORDER BY r.position } AS leads,
       COLLECT { MATCH (u:Unit)-[r:PARTICIPATES_IN]->(m) RETURN u.name ORDER BY r.position } AS participants
