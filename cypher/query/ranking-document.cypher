// Workload ranking within one document: the per-document WORKS_ON summaries, workload included, written at load.
// Ranks and the requested order are applied by org.respnet.query.RankingOrder.
// The document's lead credit: each led measure hands out 1 in all, split among its co-leads, so this is the
// number of its measures with a lead, whatever the kind filter; a unit's leadShare is its credit over this.
CALL () { MATCH (:Document {key: $document})<-[w:WORKS_ON]-() RETURN sum(w.leadShare) AS totalCredit }
MATCH (:Document {key: $document})<-[w:WORKS_ON]-(u:Unit)
WHERE $kind IS NULL OR u.kind = $kind
// Overdue as of $asOf: the unit's measures in this document due before it, from the counts by date on WORKS_ON
// (sorted: the first k), each array read once (see query/ranking-all).
WITH totalCredit, u, w, coalesce(w.dueDates, []) AS dates
WITH totalCredit, u, w, size([d IN dates WHERE d < $asOf]) AS k
WITH totalCredit, u, w, [reduce(s = 0, c IN coalesce(w.dueCounts, [])[0..k] | s + c),
                         reduce(s = 0, c IN coalesce(w.dueLeadCounts, [])[0..k] | s + c)] AS overdue
RETURN totalCredit, u.name AS name, u.kind AS kind, w.leads AS leads, w.participations AS participations,
       w.leadShare AS leadShare, w.workload AS workload, overdue[0] AS overdue, overdue[1] AS overdueLeads
