// A unit's measures in scope read from the unit's side and sorted: cheap for the many units with few measures, and
// for units spread thinly over many documents. The page starts after the ($afterDocument, $afterIndex) cursor or
// at $offset.
MATCH (u:Unit {name: $name})-[r:LEADS|PARTICIPATES_IN]->(m:Measure)
WHERE ($document IS NULL OR m.document = $document)
  AND ($afterDocument IS NULL OR m.document > $afterDocument
       OR m.document = $afterDocument AND m.index > $afterIndex)
WITH r, m ORDER BY m.document, m.index
SKIP $offset
LIMIT $limit
OPTIONAL MATCH (m)-[:IN_SECTION]->(s:Section)
RETURN CASE WHEN r:LEADS THEN 'lead' ELSE 'participant' END AS role, m.document AS document, m.number AS number,
       m.index AS index, s.ordinal AS section, s.title AS sectionTitle, m.text AS text, m.deadline AS deadline,
       m.leadCount AS leadCount, m.unitCount AS unitCount
ORDER BY document, index
