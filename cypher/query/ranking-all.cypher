// Workload ranking over every document: the totals and workload maintained on each Unit at load time.
// Ranks and the requested order are applied by org.respnet.query.RankingOrder.
MATCH (u:Unit)
WHERE $kind IS NULL OR u.kind = $kind
RETURN u.name AS name, u.kind AS kind, u.leads AS leads, u.participations AS participations,
       u.leadShare AS leadShare, u.workload AS workload
