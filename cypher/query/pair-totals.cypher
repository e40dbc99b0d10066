// Shared measures and inverse weight of given unit pairs over all documents ($pairs: {a, b} with a's name sorting
// first, as COORDINATES runs), for the few hundred ties a picture draws.
UNWIND $pairs AS pair
MATCH (a:Unit {name: pair.a})-[c:COORDINATES]->(b:Unit {name: pair.b})
RETURN a.name AS a, b.name AS b, c.measures AS measures, c.inverse AS inverse, c.leadLead AS leadLead
