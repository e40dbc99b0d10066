UNWIND $rows AS row
MATCH (m:Measure {uid: row.measure})
MATCH (u:Unit {name: row.unit})
CREATE (u)-[:PARTICIPATES_IN {position: row.position}]->(m)
