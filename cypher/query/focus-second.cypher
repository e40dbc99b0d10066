// The focus view's second step over all documents: for each partner in $partners, its $perPartner strongest ties to
// units outside $known (the focus unit and its partners), from the pair totals.
UNWIND $partners AS name
MATCH (p:Unit {name: name})
CALL (p) {
  MATCH (p)-[c:COORDINATES]-(q:Unit)
  WHERE NOT q.name IN $known
  WITH q, c, CASE $weighting WHEN 'count' THEN toFloat(c.measures) ELSE c.inverse END AS weight
  ORDER BY weight DESC, q.name
  LIMIT $perPartner
  RETURN q, c, weight
}
RETURN p.name AS a, q.name AS b, q.kind AS kind, c.measures AS measures, c.inverse AS inverse, weight
