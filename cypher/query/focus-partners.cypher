// The focus view over all documents: the unit's partners from the pair totals kept at load (COORDINATES holds one
// relationship per pair, from the name that sorts first), the $limit strongest in the weighting, each with the first
// $perTie measures the two share, in document order. total counts every partner, shown or not.
// The shared measures are found in one pass over the unit's measures for all shown partners at once: per partner,
// a busy unit's measures were walked once for each of up to $limit partners.
MATCH (u:Unit {name: $unit})
WITH u, COUNT { (u)-[:COORDINATES]-(:Unit) } AS total
MATCH (u)-[c:COORDINATES]-(p:Unit)
WITH u, total, p, c, CASE $weighting WHEN 'count' THEN toFloat(c.measures) ELSE c.inverse END AS weight
ORDER BY weight DESC, p.name
LIMIT $limit
WITH u, total, collect({p: p, c: c, weight: weight}) AS tops
CALL (u, tops) {
  WITH u, [t IN tops | t.p] AS partners
  MATCH (u)-[ru:LEADS|PARTICIPATES_IN]->(m:Measure)<-[rp:LEADS|PARTICIPATES_IN]-(p)
  WHERE p IN partners
  WITH p, m, ru, rp ORDER BY m.document, m.index
  WITH p, collect({m: m, ru: ru, rp: rp})[..$perTie] AS first
  RETURN collect({name: p.name, shared: [x IN first | {document: x.m.document, number: x.m.number, text: x.m.text,
                 unitRole: CASE WHEN x.ru:LEADS THEN 'lead' ELSE 'participant' END,
                 partnerRole: CASE WHEN x.rp:LEADS THEN 'lead' ELSE 'participant' END}]}) AS sharedByPartner
}
UNWIND tops AS t
WITH t, total, [s IN sharedByPartner WHERE s.name = t.p.name | s.shared][0] AS shared
RETURN t.p.name AS name, t.p.kind AS kind, t.c.measures AS measures, t.c.inverse AS inverse, t.weight AS weight,
       total, coalesce(shared, []) AS shared
ORDER BY weight DESC, name
