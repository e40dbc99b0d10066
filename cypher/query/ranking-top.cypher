// The default ranking (all documents, heaviest first) in the order of the unit_workload index: only the first
// $limit units are read, however many there are. Ties are broken by name, as in org.respnet.query.RankingOrder.
MATCH (u:Unit)
WHERE u.workload IS NOT NULL AND ($kind IS NULL OR u.kind = $kind)
RETURN u.name AS name, u.kind AS kind, u.leads AS leads, u.participations AS participations,
       u.leadShare AS leadShare, u.workload AS workload
ORDER BY u.workload DESC, u.name ASC
LIMIT $limit
