// One summary relationship per unit and document: rankings filtered by document read these, not every measure.
MATCH (d:Document {key: $key})
UNWIND $rows AS row
MATCH (u:Unit {name: row.unit})
CREATE (u)-[:WORKS_ON {leads: row.leads, participations: row.participations, leadShare: row.leadShare}]->(d)
