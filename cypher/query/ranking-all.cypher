// Workload ranking over every document: reads the totals maintained on each Unit at load time.
MATCH (u:Unit)
WHERE $kind IS NULL OR u.kind = $kind
WITH u.name AS name, u.kind AS kind, u.leads AS leads, u.participations AS participations, u.leadShare AS leadShare
WITH name, kind, leads, participations, leadShare,
     round($leadWeight * leadShare + $participationWeight * participations, 6) AS workload
// rank: position by workload, ties broken by name, the same order query/unit.cypher counts in.
ORDER BY workload DESC, name
WITH collect({name: name, kind: kind, leads: leads, participations: participations,
              leadShare: leadShare, workload: workload}) AS rows
UNWIND range(0, size(rows) - 1) AS position
WITH rows[position] AS row, position + 1 AS rank
RETURN row.name AS name, row.kind AS kind, row.leads AS leads, row.participations AS participations,
       row.leads + row.participations AS total, round(row.leadShare, 6) AS leadShare, row.workload AS workload, rank
ORDER BY
  CASE WHEN $sort = 'name' AND $ascending THEN row.name END ASC,
  CASE WHEN $sort = 'name' AND NOT $ascending THEN row.name END DESC,
  $sign * CASE $sort WHEN 'leads' THEN row.leads WHEN 'participations' THEN row.participations
                     WHEN 'total' THEN row.leads + row.participations WHEN 'leadShare' THEN row.leadShare
                     WHEN 'kind' THEN null WHEN 'name' THEN null ELSE row.workload END ASC,
  CASE WHEN $sort = 'kind' AND $ascending THEN row.kind END ASC,
  CASE WHEN $sort = 'kind' AND NOT $ascending THEN row.kind END DESC,
  rank
LIMIT $limit
