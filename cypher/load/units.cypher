// Units are shared across documents by name; kind follows the current rule table, aliases accumulate.
UNWIND $rows AS row
MERGE (u:Unit {name: row.name})
  ON CREATE SET u.leads = 0, u.participations = 0, u.leadShare = 0.0, u.workload = 0.0
WITH u, row, reduce(known = coalesce(u.aliases, []), alias IN row.aliases |
                    CASE WHEN alias IN known THEN known ELSE known + alias END) AS aliases
// No aliases: no property, as the bulk importer writes it (readers coalesce to []).
SET u.kind = row.kind, u.aliases = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END
