// Unit attributes for graph pictures, optionally limited to the units of one document.
MATCH (u:Unit)
WHERE $document IS NULL OR EXISTS { (u)-[:WORKS_ON]->(:Document {key: $document}) }
RETURN u.name AS name, u.kind AS kind, u.leads AS leads, u.participations AS participations, u.workload AS workload
