// A unit's partners within one document counted from the document's measures: for a unit whose degree is large
// against the document. The index hint keeps plans made on a small or empty graph from starting at the unit.
MATCH (u:Unit {name: $name})
MATCH (m:Measure) USING INDEX m:Measure(document) WHERE m.document = $document
MATCH (u)-[ru:LEADS|PARTICIPATES_IN]->(m)<-[rp:LEADS|PARTICIPATES_IN]-(p:Unit)
WITH p, count(m) AS measures, sum(CASE WHEN ru:LEADS AND rp:LEADS THEN 1 ELSE 0 END) AS leadLead,
     sum(CASE WHEN (ru:LEADS) <> (rp:LEADS) THEN 1 ELSE 0 END) AS leadParticipant,
     sum(m.pairWeight) AS inverse
ORDER BY measures DESC, p.name
LIMIT $limit
RETURN p.name AS name, p.kind AS kind, measures, leadLead, leadParticipant, inverse
