// A unit's partners within one document counted from the unit's own measures: for a unit whose degree is small
// against the document.
MATCH (u:Unit {name: $name})-[ru:LEADS|PARTICIPATES_IN]->(m:Measure)
WITH ru, m WHERE m.document = $document
MATCH (m)<-[rp:LEADS|PARTICIPATES_IN]-(p:Unit)
WHERE rp <> ru
WITH p, count(m) AS measures, sum(CASE WHEN ru:LEADS AND rp:LEADS THEN 1 ELSE 0 END) AS leadLead,
     sum(CASE WHEN (ru:LEADS) <> (rp:LEADS) THEN 1 ELSE 0 END) AS leadParticipant,
     sum(m.pairWeight) AS inverse
ORDER BY measures DESC, p.name
LIMIT $limit
RETURN p.name AS name, p.kind AS kind, measures, leadLead, leadParticipant, inverse
