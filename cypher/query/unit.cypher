// rank = 1 + units with a strictly higher workload (range count on the unit_workload index).
MATCH (u:Unit {name: $name})
RETURN u.name AS name, u.kind AS kind, coalesce(u.aliases, []) AS aliases, u.leads AS leads,
       u.participations AS participations, u.leadShare AS leadShare, u.workload AS workload,
       COUNT { MATCH (o:Unit) WHERE o.workload > u.workload } + 1 AS rank,
       [(u)-[:SUPERVISES]->(d:Document) | d.key] AS supervises
