// The measure–unit picture: every responsibility of the chosen document (and section).
MATCH (u:Unit)-[r:LEADS|PARTICIPATES_IN]->(m:Measure {document: $document})
WHERE $section IS NULL OR m.section = $section
RETURN u.name AS unit, m.document AS document, m.number AS number, m.index AS index, m.section AS section,
       left(m.text, 60) AS text, CASE WHEN r:LEADS THEN 'lead' ELSE 'participant' END AS role
ORDER BY index
