// Units whose workload in the scope is more than $k times the median workload of the units named there (the
// workload formula of the rankings: $leadWeight × lead share + $participationWeight × participations). Scope as in
// support-only-units.cypher.
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
WITH collect({u: u, leads: leads, participations: participations, measures: measures,
              workload: round($leadWeight * leadShare + $participationWeight * participations, 6)}) AS units
CALL (units) {
  UNWIND units AS x
  RETURN percentileCont(x.workload, 0.5) AS median
}
WITH median, COLLECT {
       UNWIND units AS x
       WITH x WHERE median > 0 AND x.workload > $k * median
       RETURN x ORDER BY x.workload DESC, x.u.name
     } AS found
// A row with no unit when none is flagged, so the median is always told.
UNWIND CASE WHEN size(found) = 0 THEN [null] ELSE found[0..$limit] END AS f
WITH size(found) AS total, median, f, f.u AS u
RETURN total, median, u.name AS name, u.kind AS kind, f.leads AS leads, f.participations AS participations,
       f.measures AS measures, null AS share, f.workload AS workload, round(f.workload / median, 6) AS ratio,
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
