// The unit–unit co-responsibility graph: one row per pair, summed over documents (or for one document).
MATCH (a:Unit)-[c:COORDINATES]->(b:Unit)
WHERE $document IS NULL OR c.document = $document
RETURN a.name AS a, b.name AS b, sum(c.measures) AS measures, sum(c.inverse) AS inverse,
       sum(c.leadLead) AS leadLead
