// The strongest unit pairs over all documents, for a picture: at national scale there are millions of pair totals,
// far more than a picture can show or a browser can hold, so it gets the $limit heaviest in the chosen weighting
// ('count': shared measures, 'inverse': sum of 1/(k-1)), leaving out the units in $hidden.
MATCH (a:Unit)-[c:COORDINATES]->(b:Unit)
WHERE c.measures >= $minShared AND NOT a.name IN $hidden AND NOT b.name IN $hidden
WITH a, b, c, CASE $weighting WHEN 'count' THEN toFloat(c.measures) ELSE c.inverse END AS weight
ORDER BY weight DESC, a.name, b.name
LIMIT $limit
RETURN a.name AS a, b.name AS b, c.measures AS measures, c.inverse AS inverse, c.leadLead AS leadLead
