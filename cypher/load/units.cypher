// Units are shared across documents by name; kind follows the current rule table, aliases accumulate.
UNWIND $rows AS row
MERGE (u:Unit {name: row.name})
  ON CREATE SET u.leads = 0, u.participations = 0, u.leadShare = 0.0, u.workload = 0.0
SET u.kind = row.kind,
    u.aliases = reduce(known = coalesce(u.aliases, []), alias IN row.aliases |
                       CASE WHEN alias IN known THEN known ELSE known + alias END)
