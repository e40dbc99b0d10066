// Removes one document's own nodes and relationships; shared Unit nodes stay.
MATCH (d:Document {key: $key})
CALL (d) {
  MATCH (m:Measure {document: d.key})
  DETACH DELETE m
}
CALL (d) {
  MATCH ()-[c:COORDINATES {document: d.key}]->()
  DELETE c
}
CALL (d) {
  MATCH (d)-[:HAS_SECTION]->(s:Section)
  DETACH DELETE s
}
DETACH DELETE d
