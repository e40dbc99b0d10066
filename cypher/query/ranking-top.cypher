// The default ranking (all documents, heaviest first) in the order of the unit_workload index: only the first
// $limit units are read, however many there are. Ties are broken by name, as everywhere else.
MATCH (u:Unit)
WHERE u.workload IS NOT NULL AND ($kind IS NULL OR u.kind = $kind)
WITH u
ORDER BY u.workload DESC, u.name ASC
LIMIT $limit
WITH collect(u) AS top
UNWIND range(0, size(top) - 1) AS position
WITH top[position] AS u, position + 1 AS rank
RETURN u.name AS name, u.kind AS kind, u.leads AS leads, u.participations AS participations,
       u.leads + u.participations AS total, round(u.leadShare, 6) AS leadShare, u.workload AS workload, rank
ORDER BY rank
