// Pairs of units that lead $minShared or more measures together over all documents: candidates for a joint
// mechanism. From the COORDINATES totals kept at load (leadLead: measures both lead), counted and the strongest
// $limit read apart. Shared measures (up to $measureLimit) are listed for the strongest 50 pairs only: at the
// benchmark's L finding them costs ~0.1 s a pair (busy departments lead tens of thousands of measures each), and
// the coordination pairs API lists any pair's. One document or section: co-lead-pairs-document.
CALL () {
  MATCH ()-[c:COORDINATES]->() WHERE c.leadLead >= $minShared
  RETURN count(c) AS total
}
MATCH (a:Unit)-[c:COORDINATES]->(b:Unit)
WHERE c.leadLead >= $minShared
WITH total, a, b, c.leadLead AS shared ORDER BY shared DESC, a.name, b.name
LIMIT $limit
WITH total, collect({a: a, b: b, shared: shared}) AS strongest
UNWIND range(0, size(strongest) - 1) AS i
WITH total, i, strongest[i].a AS a, strongest[i].b AS b, strongest[i].shared AS shared
CALL (a, b, i) {
  WITH a, b, i WHERE i < 50
  MATCH (a)-[:LEADS]->(m:Measure)<-[:LEADS]-(b)
  WITH m LIMIT $measureLimit
  RETURN collect({document: m.document, number: m.number, index: m.index, text: m.text, role: 'lead'}) AS measureRefs
}
RETURN total, a.name AS a, b.name AS b, shared, measureRefs
ORDER BY i
