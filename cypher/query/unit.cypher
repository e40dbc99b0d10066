// rank = 1 + units ahead in the ranking order (workload descending, then name): two range counts on the
// unit_workload index rather than a scan of all units.
MATCH (u:Unit {name: $name})
RETURN u.name AS name, u.kind AS kind, coalesce(u.aliases, []) AS aliases, u.leads AS leads,
       u.participations AS participations, round(u.leadShare, 6) AS leadShare, u.workload AS workload,
       COUNT { MATCH (o:Unit) WHERE o.workload > u.workload }
         + COUNT { MATCH (o:Unit) WHERE o.workload = u.workload AND o.name < u.name } + 1 AS rank,
       [(u)-[:SUPERVISES]->(d:Document) | d.key] AS supervises
