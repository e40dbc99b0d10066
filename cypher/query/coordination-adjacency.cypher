// The unit–unit co-responsibility graph over all documents, compactly: one row per unit (not per pair) with the
// partners of the pair totals it holds (the unit whose name sorts first) and one weight each, $weighting 'count'
// (shared measures) or 'inverse'. At L that is 10,000 rows of lists instead of 4.5 million rows, whose per-record
// cost in the driver dominated the read. Partners are internal node ids, which stay valid within the transaction
// that reads them; every unit has its own row, so each id maps back to a name (the reader fails on one that does
// not). b carries no label test: COORDINATES only joins units, and checking 4.5 million partners' labels cost a
// third of the read at L. The aggregation in CALL gives one row, with empty lists, for a unit that holds no pair.
MATCH (a:Unit)
CALL (a) {
  MATCH (a)-[c:COORDINATES]->(b)
  RETURN collect(id(b)) AS partners,
         collect(coalesce(CASE $weighting WHEN 'count' THEN toFloat(c.measures) ELSE c.inverse END, 0.0)) AS weights
}
RETURN id(a) AS id, a.name AS name, partners, weights
