// Measures whose responsible units all belong to one cluster: $membership maps unit name -> cluster id.
UNWIND keys($membership) AS name
MATCH (:Unit {name: name})-[:LEADS|PARTICIPATES_IN]->(m:Measure)
WHERE $document IS NULL OR m.document = $document
WITH m, collect(DISTINCT $membership[name]) AS clusters, count(*) AS inside
WHERE size(clusters) = 1 AND inside = m.unitCount AND inside >= 2
RETURN clusters[0] AS cluster, m.document AS document, m.number AS number, m.index AS index
ORDER BY cluster, document, index
