// Takes a stored document's share off its units' totals before the document is replaced (see load/works-on),
// its due counts too: entries summed per date with the document's negated, dates left at zero dropped.
MATCH (:Document {key: $key})<-[w:WORKS_ON]-(u:Unit)
SET u.leads = u.leads - w.leads, u.participations = u.participations - w.participations,
    u.leadShare = u.leadShare - w.leadShare
WITH u, w
WHERE w.dueDates IS NOT NULL
CALL (u, w) {
  // each array read once: indexing the property itself would re-read it per entry
  WITH coalesce(u.dueDates, []) AS dates, u.dueCounts AS counts, u.dueLeadCounts AS led,
       w.dueDates AS gone, w.dueCounts AS goneCounts, w.dueLeadCounts AS goneLed
  UNWIND [i IN range(0, size(dates) - 1) | [dates[i], counts[i], led[i]]]
       + [i IN range(0, size(gone) - 1) | [gone[i], -goneCounts[i], -goneLed[i]]] AS e
  WITH e[0] AS date, sum(e[1]) AS measures, sum(e[2]) AS led
  WITH date, measures, led WHERE measures <> 0
  WITH date, measures, led ORDER BY date
  RETURN collect(date) AS dates, collect(measures) AS counts, collect(led) AS leadCounts
}
// No dates left: no property, the form a unit that never had any has.
SET u.dueDates = CASE WHEN size(dates) = 0 THEN null ELSE dates END,
    u.dueCounts = CASE WHEN size(dates) = 0 THEN null ELSE counts END,
    u.dueLeadCounts = CASE WHEN size(dates) = 0 THEN null ELSE leadCounts END
