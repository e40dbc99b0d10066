// Pairs of units that lead $minShared or more measures together within one document ($document) or one of its
// sections ($section), counted from its measures with two or more leads (index measure_document). Most shared
// first; each pair lists up to $measureLimit of them.
MATCH (m:Measure)
USING INDEX m:Measure(document)
WHERE m.document = $document AND ($section IS NULL OR m.section = $section) AND m.leadCount >= 2
MATCH (a:Unit)-[:LEADS]->(m)<-[:LEADS]-(b:Unit)
WHERE a.name < b.name
WITH a, b, m ORDER BY m.index
WITH a, b, count(m) AS shared, collect({document: m.document, number: m.number, index: m.index, text: m.text,
                                        role: 'lead'})[0..$measureLimit] AS measureRefs
WHERE shared >= $minShared
WITH a, b, shared, measureRefs ORDER BY shared DESC, a.name, b.name
WITH collect({a: a.name, b: b.name, shared: shared, measureRefs: measureRefs}) AS found
UNWIND found[0..$limit] AS p
RETURN size(found) AS total, p.a AS a, p.b AS b, p.shared AS shared, p.measureRefs AS measureRefs
