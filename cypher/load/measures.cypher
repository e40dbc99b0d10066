MATCH (d:Document {key: $key})
UNWIND $rows AS row
CREATE (m:Measure {uid: row.uid})
SET m.document = $key, m.index = row.index, m.number = row.number, m.section = row.section,
    m.subsection = row.subsection, m.subsectionTitle = row.subsectionTitle, m.text = row.text,
    m.clause = row.clause, m.deadline = row.deadline, m.dueDate = row.dueDate, m.dueKind = row.dueKind,
    m.collectives = row.collectives, m.persons = row.persons, m.location = row.location, m.leadCount = row.leadCount,
    m.unitCount = row.unitCount, m.pairWeight = row.pairWeight
CREATE (d)-[:HAS_MEASURE]->(m)
WITH d, m, row
OPTIONAL MATCH (d)-[:HAS_SECTION]->(s:Section)
  WHERE s.ordinal = row.section
FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | CREATE (m)-[:IN_SECTION]->(s))
