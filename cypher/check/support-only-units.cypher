// Units that lead nothing in the scope yet take part in at least $minShare (0.5: half) of its measures: they carry
// the plan's work without answering for any of it. Scope: one section (counted from its measures), one document
// (its WORKS_ON summaries) or, with $document null, all documents as one (the totals kept on each unit, against
// every measure). The same scope block opens workload-outliers.cypher and concentration.cypher.
CALL () {
  MATCH (m:Measure) RETURN count(m) AS allMeasures
}
CALL (allMeasures) {
  MATCH (u:Unit) WHERE $document IS NULL AND u.leads + u.participations > 0
  RETURN u, u.leads AS leads, u.participations AS participations, u.leadShare AS leadShare, allMeasures AS measures
  UNION ALL
  MATCH (d:Document {key: $document})<-[w:WORKS_ON]-(u:Unit) WHERE $section IS NULL
  RETURN u, w.leads AS leads, w.participations AS participations, w.leadShare AS leadShare, d.measures AS measures
  UNION ALL
  MATCH (m:Measure) WHERE $section IS NOT NULL AND m.document = $document AND m.section = $section
  WITH collect(m) AS inSection
  UNWIND inSection AS m
  MATCH (u:Unit)-[r:LEADS|PARTICIPATES_IN]->(m)
  RETURN u, sum(CASE WHEN r:LEADS THEN 1 ELSE 0 END) AS leads, sum(CASE WHEN r:LEADS THEN 0 ELSE 1 END) AS participations,
         sum(CASE WHEN r:LEADS THEN r.share ELSE 0.0 END) AS leadShare, size(inSection) AS measures
}
WITH u, leads, participations, leadShare, measures
WHERE leads = 0 AND measures > 0 AND participations >= $minShare * measures
WITH u, participations, measures ORDER BY participations DESC, u.name
WITH collect({u: u, participations: participations, measures: measures}) AS found
UNWIND found[0..$limit] AS f
WITH size(found) AS total, f.u AS u, f.participations AS participations, f.measures AS measures
RETURN total, u.name AS name, u.kind AS kind, 0 AS leads, participations, measures,
       round(toFloat(participations) / measures, 6) AS share, round($participationWeight * participations, 6) AS workload,
       null AS ratio, null AS median,
       // In one document, from its measures (a busy unit has hundreds of thousands elsewhere); over all, the unit's own.
       COLLECT {
         MATCH (m:Measure)
         USING INDEX m:Measure(document)
         WHERE $document IS NOT NULL AND m.document = $document AND ($section IS NULL OR m.section = $section)
         MATCH (u)-[r:LEADS|PARTICIPATES_IN]->(m)
         RETURN {document: m.document, number: m.number, index: m.index, text: m.text,
                 role: CASE WHEN r:LEADS THEN 'lead' ELSE 'participant' END} AS ref
         LIMIT $measureLimit
         UNION ALL
         MATCH (u)-[r:LEADS|PARTICIPATES_IN]->(m:Measure)
         WHERE $document IS NULL
         RETURN {document: m.document, number: m.number, index: m.index, text: m.text,
                 role: CASE WHEN r:LEADS THEN 'lead' ELSE 'participant' END} AS ref
         LIMIT $measureLimit
       } AS measureRefs
