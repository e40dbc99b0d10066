// One summary relationship per unit and document: rankings filtered by document read these, not every measure.
// The unit's totals over all documents grow by the same figures (see load/unit-totals).
MATCH (d:Document {key: $key})
UNWIND $rows AS row
MATCH (u:Unit {name: row.unit})
CREATE (u)-[:WORKS_ON {leads: row.leads, participations: row.participations, leadShare: row.leadShare,
                       workload: row.workload}]->(d)
SET u.leads = u.leads + row.leads, u.participations = u.participations + row.participations,
    u.leadShare = u.leadShare + row.leadShare
