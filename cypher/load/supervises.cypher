MATCH (d:Document {key: $key})
UNWIND $units AS name
MATCH (u:Unit {name: name})
CREATE (u)-[:SUPERVISES]->(d)
