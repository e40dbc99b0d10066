// The co-responsibility graph of one document, counted from its measures (the totals span all documents).
MATCH (m:Measure {document: $document})
MATCH (a:Unit)-[ra:LEADS|PARTICIPATES_IN]->(m)<-[rb:LEADS|PARTICIPATES_IN]-(b:Unit)
WHERE a.name < b.name
RETURN a.name AS a, b.name AS b, count(m) AS measures, sum(m.pairWeight) AS inverse,
       sum(CASE WHEN ra:LEADS AND rb:LEADS THEN 1 ELSE 0 END) AS leadLead
