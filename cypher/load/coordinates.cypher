// Coordination weights over all documents, one relationship per unit pair (from the name that sorts first), keyed by
// pair, so pairs and clusters read one relationship per pair at any size.
// measures: shared measures; leadLead / leadParticipant: how they share them; inverse: sum of 1/(k-1) over
// shared measures of k units, which keeps ubiquitous units from swamping the picture.
// A row is what one load changes on a pair (load.PairWeights.changes): counts move by their difference, inverse
// loses the stored version's weight and gains the new one. Pairs left sharing nothing are returned, not deleted
// here: every delete makes each later index seek of the transaction slower (see DocumentLoader), so they go last.
UNWIND $rows AS row
// The hint keeps the seek even when the plan was made on an empty graph, where a scan looked cheaper.
OPTIONAL MATCH ()-[c:COORDINATES {pair: row.pair}]->()
USING INDEX c:COORDINATES(pair)
CALL (row, c) {
  WITH row, c WHERE c IS NOT NULL
  SET c.measures = c.measures + row.measures, c.leadLead = c.leadLead + row.leadLead,
      c.leadParticipant = c.leadParticipant + row.leadParticipant,
      c.inverse = c.inverse - row.inverseBefore + row.inverseAfter
}
CALL (row, c) {
  WITH row, c WHERE c IS NULL
  MATCH (a:Unit {name: row.a})
  MATCH (b:Unit {name: row.b})
  CREATE (a)-[:COORDINATES {pair: row.pair, measures: row.measures, leadLead: row.leadLead,
                            leadParticipant: row.leadParticipant, inverse: row.inverseAfter}]->(b)
}
WITH c WHERE c IS NOT NULL AND c.measures <= 0
RETURN elementId(c) AS id
