// Workload ranking within one section: a section holds few measures, so its relationships are counted directly;
// the workload of these counts is computed by org.respnet.model.Workload, ranks and order by RankingOrder.
// The section's lead credit: each led measure hands out 1 in all, split among its co-leads, so this is the number
// of its measures with a lead, whatever the kind filter; a unit's leadShare is its credit over this.
CALL () { MATCH (:Section {uid: $section})<-[:IN_SECTION]-(:Measure)<-[r:LEADS]-() RETURN sum(r.share) AS totalCredit }
MATCH (:Section {uid: $section})<-[:IN_SECTION]-(m:Measure)<-[r:LEADS|PARTICIPATES_IN]-(u:Unit)
WHERE $kind IS NULL OR u.kind = $kind
// Overdue as of $asOf, counted here from the measures: a date-kind due date before it (check/due-between's rule);
// a measure once per unit, as led when the unit leads it.
WITH totalCredit, u, r, m, m.dueKind = 'date' AND m.dueDate < $asOf AS late
RETURN totalCredit, u.name AS name, u.kind AS kind,
       sum(CASE WHEN r:LEADS THEN 1 ELSE 0 END) AS leads,
       sum(CASE WHEN r:PARTICIPATES_IN THEN 1 ELSE 0 END) AS participations,
       sum(CASE WHEN r:LEADS THEN r.share ELSE 0.0 END) AS leadShare,
       null AS workload,
       count(DISTINCT CASE WHEN late THEN m END) AS overdue,
       count(DISTINCT CASE WHEN late AND r:LEADS THEN m END) AS overdueLeads
