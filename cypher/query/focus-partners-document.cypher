// The focus view within one document (or one of its sections): the unit's partners counted from the measures they
// share, each with its measures in document order (the first $perTie of them; measures gives the full count).
MATCH (u:Unit {name: $unit})-[ru:LEADS|PARTICIPATES_IN]->(m:Measure {document: $document})
WHERE $section IS NULL OR EXISTS { (m)-[:IN_SECTION]->(:Section {uid: $section}) }
MATCH (m)<-[rp:LEADS|PARTICIPATES_IN]-(p:Unit)
WHERE p <> u
WITH p, m, ru, rp
ORDER BY m.index
WITH p, count(m) AS measures, sum(m.pairWeight) AS inverse,
     collect({document: m.document, number: m.number, text: m.text,
              unitRole: CASE WHEN ru:LEADS THEN 'lead' ELSE 'participant' END,
              partnerRole: CASE WHEN rp:LEADS THEN 'lead' ELSE 'participant' END}) AS shared
WITH p, measures, inverse, shared, CASE $weighting WHEN 'count' THEN toFloat(measures) ELSE inverse END AS weight
ORDER BY weight DESC, p.name
RETURN p.name AS name, p.kind AS kind, measures, inverse, weight, shared[0..$perTie] AS shared
