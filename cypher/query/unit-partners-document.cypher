// Partners within one document, counted from the unit's measures there.
MATCH (u:Unit {name: $name})-[ru:LEADS|PARTICIPATES_IN]->(m:Measure {document: $document})<-[rp:LEADS|PARTICIPATES_IN]-(p:Unit)
WITH p, count(m) AS measures, sum(CASE WHEN ru:LEADS AND rp:LEADS THEN 1 ELSE 0 END) AS leadLead,
     sum(CASE WHEN (ru:LEADS) <> (rp:LEADS) THEN 1 ELSE 0 END) AS leadParticipant,
     sum(1.0 / (m.unitCount - 1)) AS inverse
RETURN p.name AS name, p.kind AS kind, measures, leadLead, leadParticipant, inverse
ORDER BY measures DESC, name
LIMIT $limit
