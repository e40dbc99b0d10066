// Removes one document's own nodes and relationships; shared Unit nodes stay, and load/uncoordinate-document
// has already taken its weights off the COORDINATES totals.
MATCH (d:Document {key: $key})
CALL (d) {
  MATCH (m:Measure {document: d.key})
  DETACH DELETE m
}
CALL (d) {
  MATCH (d)-[:HAS_SECTION]->(s:Section)
  DETACH DELETE s
}
DETACH DELETE d
