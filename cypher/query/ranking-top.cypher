// The default ranking over every document (workload descending, ties by name): the first $limit units read in
// order from the unit_workload index, where query/ranking-all sorts every unit; rank is the position in that order.
MATCH (u:Unit)
WHERE u.workload IS NOT NULL
WITH u
ORDER BY u.workload DESC, u.name
LIMIT $limit
WITH collect(u) AS top
UNWIND range(0, size(top) - 1) AS position
WITH top[position] AS u, position + 1 AS rank
RETURN u.name AS name, u.kind AS kind, u.leads AS leads, u.participations AS participations,
       u.leads + u.participations AS total, round(u.leadShare, 6) AS leadShare, u.workload AS workload, rank
ORDER BY rank
