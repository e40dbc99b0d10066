// share = 1 / number of co-leads: a joint lead is split, so rankings do not count it several times over.
UNWIND $rows AS row
MATCH (m:Measure {uid: row.measure})
MATCH (u:Unit {name: row.unit})
CREATE (u)-[:LEADS {share: row.share, position: row.position}]->(m)
