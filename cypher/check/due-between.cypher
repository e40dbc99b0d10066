// Measures due between $from and $to (dates, both inclusive), earliest first: what is overdue as of a date
// ($to = the day before it) or falls due in the next days ($from = the date). Only measures whose deadline fixes a
// date (dueKind 'date'); a range seek on measure_due_date. $document null: all documents. One row per measure, the
// first $limit; total counts them all (no row: none).
MATCH (m:Measure)
WHERE m.dueDate >= $from AND m.dueDate <= $to AND ($document IS NULL OR m.document = $document)
WITH m ORDER BY m.dueDate, m.document, m.index
WITH collect(m) AS found
UNWIND found[0..$limit] AS m
RETURN size(found) AS total, m.document AS document, m.number AS number, m.index AS index, m.section AS section,
       m.text AS text, m.deadline AS deadline, m.dueDate AS dueDate, m.dueKind AS dueKind,
       COLLECT { MATCH (u:Unit)-[r:LEADS]->(m) RETURN u.name ORDER BY r.position } AS leads,
       COLLECT { MATCH (u:Unit)-[r:PARTICIPATES_IN]->(m) RETURN u.name ORDER BY r.position } AS participants
