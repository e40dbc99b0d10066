// zh: 责任单位最多的任务：分工可能过于分散
// en: Measures with the most responsible units, where responsibility may be spread too thin
MATCH (m:Measure)
RETURN m.document AS document, m.number AS number, m.unitCount AS units, m.leadCount AS leads, m.text AS measure
ORDER BY units DESC
LIMIT 15
