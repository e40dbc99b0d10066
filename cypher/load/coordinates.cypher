// Coordination weights per document, computed at load so that pairs and clusters never rescan measures.
// measures: shared measures; leadLead / leadParticipant: how they share them; inverse: sum of 1/(k-1) over
// shared measures of k units, which keeps ubiquitous units from swamping the picture.
UNWIND $rows AS row
MATCH (a:Unit {name: row.a})
MATCH (b:Unit {name: row.b})
CREATE (a)-[:COORDINATES {document: $key, measures: row.measures, leadLead: row.leadLead,
                          leadParticipant: row.leadParticipant, inverse: row.inverse}]->(b)
