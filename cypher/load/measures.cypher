// New and changed measures only (load.Revision): a measure whose uid stays keeps its node, and SET = replaces its
// properties whole. isNew: no stored measure had the uid; linkSection: new, or moved to another section.
MATCH (d:Document {key: $key})
UNWIND $rows AS row
MERGE (m:Measure {uid: row.properties.uid})
SET m = row.properties
WITH d, m, row
CALL (d, m, row) {
  WITH d, m, row WHERE row.isNew
  CREATE (d)-[:HAS_MEASURE]->(m)
}
WITH d, m, row WHERE row.linkSection
CALL (m) {
  MATCH (m)-[old:IN_SECTION]->()
  DELETE old
}
OPTIONAL MATCH (d)-[:HAS_SECTION]->(s:Section)
  WHERE s.ordinal = row.properties.section
FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | CREATE (m)-[:IN_SECTION]->(s))
