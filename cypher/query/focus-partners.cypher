// The focus view over all documents: the unit's partners from the pair totals kept at load (COORDINATES holds one
// relationship per pair, from the name that sorts first), the $limit strongest in the weighting, each with the first
// $perTie measures the two share, in document order. total counts every partner, shown or not.
MATCH (u:Unit {name: $unit})
WITH u, COUNT { (u)-[:COORDINATES]-(:Unit) } AS total
MATCH (u)-[c:COORDINATES]-(p:Unit)
WITH u, total, p, c, CASE $weighting WHEN 'count' THEN toFloat(c.measures) ELSE c.inverse END AS weight
ORDER BY weight DESC, p.name
LIMIT $limit
RETURN p.name AS name, p.kind AS kind, c.measures AS measures, c.inverse AS inverse, weight, total,
       COLLECT {
         MATCH (u)-[ru:LEADS|PARTICIPATES_IN]->(m:Measure)<-[rp:LEADS|PARTICIPATES_IN]-(p)
         WITH m, ru, rp ORDER BY m.document, m.index LIMIT $perTie
         RETURN {document: m.document, number: m.number, text: m.text,
                 unitRole: CASE WHEN ru:LEADS THEN 'lead' ELSE 'participant' END,
                 partnerRole: CASE WHEN rp:LEADS THEN 'lead' ELSE 'participant' END}
       } AS shared
