// Workload ranking within one document: the per-document WORKS_ON summaries, workload included, written at load.
// Ranks and the requested order are applied by org.respnet.query.RankingOrder.
MATCH (:Document {key: $document})<-[w:WORKS_ON]-(u:Unit)
WHERE $kind IS NULL OR u.kind = $kind
RETURN u.name AS name, u.kind AS kind, w.leads AS leads, w.participations AS participations,
       w.leadShare AS leadShare, w.workload AS workload
