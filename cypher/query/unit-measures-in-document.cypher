// A unit's measures in one document read from the document's side: its measures in index order
// (measure_document_index), each joined to the unit from the measure's side (a measure has ~10 units), stopping
// once $limit are found. For busy units, whose measures are a large share of the document.
MATCH (u:Unit {name: $name})
MATCH (m:Measure) USING INDEX m:Measure(document, index) WHERE m.document = $document AND m.index > $after
MATCH (u)-[r:LEADS|PARTICIPATES_IN]->(m)
WITH r, m ORDER BY m.index
SKIP $skip
LIMIT $limit
OPTIONAL MATCH (m)-[:IN_SECTION]->(s:Section)
RETURN CASE WHEN r:LEADS THEN 'lead' ELSE 'participant' END AS role, m.document AS document, m.number AS number,
       m.index AS index, s.ordinal AS section, s.title AS sectionTitle, m.text AS text, m.deadline AS deadline,
       m.leadCount AS leadCount, m.unitCount AS unitCount
ORDER BY index
