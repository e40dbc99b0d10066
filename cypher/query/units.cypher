// Unit figures for graph pictures: over all documents from the maintained totals, or within one document from
// its WORKS_ON summaries, so node sizes and the "ubiquitous" test describe the scope being drawn.
MATCH (u:Unit)
WHERE $document IS NULL
RETURN u.name AS name, u.kind AS kind, u.leads AS leads, u.participations AS participations, u.workload AS workload
UNION ALL
MATCH (u:Unit)-[w:WORKS_ON]->(:Document {key: $document})
RETURN u.name AS name, u.kind AS kind, w.leads AS leads, w.participations AS participations,
       w.workload AS workload
