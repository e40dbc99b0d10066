MATCH (d:Document {key: $key})
UNWIND $rows AS row
MERGE (s:Section {uid: row.uid})
SET s = row
MERGE (d)-[:HAS_SECTION]->(s)
