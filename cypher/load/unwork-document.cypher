// Takes a stored document's share off its units' totals before the document is replaced (see load/works-on),
// its due counts too: entries summed per date with the document's negated, dates left at zero dropped.
MATCH (:Document {key: $key})<-[w:WORKS_ON]-(u:Unit)
SET u.leads = u.leads - w.leads, u.participations = u.participations - w.participations,
    u.leadShare = u.leadShare - w.leadShare
WITH u, w
WHERE w.dueDates IS NOT NULL
CALL (u, w) {
  WITH coalesce(u.dueDates, []) AS dates
  UNWIND [i IN range(0, size(dates) - 1) | [u.dueDates[i], u.dueCounts[i], u.dueLeadCounts[i]]]
       + [i IN range(0, size(w.dueDates) - 1) | [w.dueDates[i], -w.dueCounts[i], -w.dueLeadCounts[i]]] AS e
  WITH e[0] AS date, sum(e[1]) AS measures, sum(e[2]) AS led
  WITH date, measures, led WHERE measures <> 0
  WITH date, measures, led ORDER BY date
  RETURN collect(date) AS dates, collect(measures) AS counts, collect(led) AS leadCounts
}
// No dates left: no property, the form a unit that never had any has.
SET u.dueDates = CASE WHEN size(dates) = 0 THEN null ELSE dates END,
    u.dueCounts = CASE WHEN size(dates) = 0 THEN null ELSE counts END,
    u.dueLeadCounts = CASE WHEN size(dates) = 0 THEN null ELSE leadCounts END
