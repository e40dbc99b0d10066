// The unit–unit co-responsibility graph over all documents: the pair totals maintained at load, one row per pair.
MATCH (a:Unit)-[c:COORDINATES]->(b:Unit)
RETURN a.name AS a, b.name AS b, c.measures AS measures, c.inverse AS inverse, c.leadLead AS leadLead
