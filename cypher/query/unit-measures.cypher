// A page of the unit's measures: a busy unit takes part in tens of thousands at national scale.
MATCH (:Unit {name: $name})-[r:LEADS|PARTICIPATES_IN]->(m:Measure)
WHERE $document IS NULL OR m.document = $document
OPTIONAL MATCH (m)-[:IN_SECTION]->(s:Section)
RETURN CASE WHEN r:LEADS THEN 'lead' ELSE 'participant' END AS role, m.document AS document, m.number AS number,
       m.index AS index, s.ordinal AS section, s.title AS sectionTitle, m.text AS text, m.deadline AS deadline,
       m.leadCount AS leadCount, m.unitCount AS unitCount
ORDER BY document, index
SKIP $offset
LIMIT $measureLimit
