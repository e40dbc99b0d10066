// Pairs of units that lead $minShared or more measures together: candidates for a joint mechanism. Over all
// documents from the COORDINATES totals kept at load (leadLead: measures both lead); within a document or section
// counted from its measures with two or more leads. Most shared first; each pair lists up to $measureLimit of them.
CALL () {
  MATCH (a:Unit)-[c:COORDINATES]->(b:Unit)
  WHERE $document IS NULL AND c.leadLead >= $minShared
  RETURN a, b, c.leadLead AS shared
  UNION ALL
  MATCH (m:Measure)
  WHERE $document IS NOT NULL AND m.document = $document AND ($section IS NULL OR m.section = $section)
    AND m.leadCount >= 2
  MATCH (a:Unit)-[:LEADS]->(m)<-[:LEADS]-(b:Unit)
  WHERE a.name < b.name
  WITH a, b, count(m) AS shared WHERE shared >= $minShared
  RETURN a, b, shared
}
WITH a, b, shared ORDER BY shared DESC, a.name, b.name
WITH collect({a: a, b: b, shared: shared}) AS found
UNWIND found[0..$limit] AS p
WITH size(found) AS total, p.a AS a, p.b AS b, p.shared AS shared
RETURN total, a.name AS a, b.name AS b, shared,
       COLLECT {
         MATCH (m:Measure)
         USING INDEX m:Measure(document)
         WHERE $document IS NOT NULL AND m.document = $document AND ($section IS NULL OR m.section = $section)
           AND m.leadCount >= 2
         MATCH (a)-[:LEADS]->(m)<-[:LEADS]-(b)
         RETURN {document: m.document, number: m.number, index: m.index, text: m.text, role: 'lead'} AS ref
         LIMIT $measureLimit
         UNION ALL
         MATCH (a)-[:LEADS]->(m:Measure)<-[:LEADS]-(b)
         WHERE $document IS NULL
         RETURN {document: m.document, number: m.number, index: m.index, text: m.text, role: 'lead'} AS ref
         LIMIT $measureLimit
       } AS measureRefs
