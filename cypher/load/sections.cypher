MATCH (d:Document {key: $key})
UNWIND $rows AS row
CREATE (s:Section {uid: row.uid})
SET s.document = $key, s.ordinal = row.ordinal, s.label = row.label, s.title = row.title,
    s.subsectionLabels = row.subsectionLabels, s.subsectionTitles = row.subsectionTitles
CREATE (d)-[:HAS_SECTION]->(s)
