// A unit's measures by when they fall due: one bucket per due month ('2022-10'), then 'ongoing' (standing duties)
// and 'unknown' (a deadline that fixes no date); measures without any deadline are only counted (undated). Each
// bucket lists up to $measureLimit measures, earliest first. $document null: all documents.
MATCH (u:Unit {name: $name})
OPTIONAL MATCH (u)-[w:WORKS_ON]->(:Document {key: $document})
WITH u, CASE WHEN $document IS NULL THEN u.leads + u.participations ELSE coalesce(w.leads + w.participations, 0) END AS inScope
CALL (u) {
  MATCH (u)-[r:LEADS|PARTICIPATES_IN]->(m:Measure)
  WHERE m.dueKind IS NOT NULL AND ($document IS NULL OR m.document = $document)
  WITH r, m, CASE WHEN m.dueKind = 'date' THEN substring(toString(m.dueDate), 0, 7) ELSE m.dueKind END AS bucket
  ORDER BY m.dueDate, m.document, m.index
  WITH bucket, count(m) AS measures, sum(CASE WHEN r:LEADS THEN 1 ELSE 0 END) AS leads,
       collect({document: m.document, number: m.number, index: m.index, text: m.text, deadline: m.deadline,
                dueDate: m.dueDate, role: CASE WHEN r:LEADS THEN 'lead' ELSE 'participant' END})[0..$measureLimit] AS listed
  ORDER BY CASE bucket WHEN 'ongoing' THEN 1 WHEN 'unknown' THEN 2 ELSE 0 END, bucket
  RETURN collect({bucket: bucket, measures: measures, leads: leads, listed: listed}) AS buckets
}
RETURN u.name AS name, inScope, buckets
