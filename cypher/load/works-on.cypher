// One summary relationship per unit and document: rankings filtered by document read these, not every measure.
// The unit's totals over all documents grow by the same figures (see load/unit-totals).
// dueDates/dueCounts/dueLeadCounts: the unit's measures with a due date, counted by date (load.DueCounts); the
// Unit's arrays are merged with the document's: entries summed per date, kept in date order (load/unwork-document
// takes them off the same way). No entries: no property, as the bulk importer writes it.
MATCH (d:Document {key: $key})
UNWIND $rows AS row
MATCH (u:Unit {name: row.unit})
CREATE (u)-[:WORKS_ON {leads: row.leads, participations: row.participations, leadShare: row.leadShare,
                       workload: row.workload, dueDates: row.dueDates, dueCounts: row.dueCounts,
                       dueLeadCounts: row.dueLeadCounts}]->(d)
SET u.leads = u.leads + row.leads, u.participations = u.participations + row.participations,
    u.leadShare = u.leadShare + row.leadShare
WITH u, row
WHERE row.dueDates IS NOT NULL
CALL (u, row) {
  // each array read once: indexing the property itself would re-read it per entry
  WITH coalesce(u.dueDates, []) AS dates, u.dueCounts AS counts, u.dueLeadCounts AS led
  UNWIND [i IN range(0, size(dates) - 1) | [dates[i], counts[i], led[i]]]
       + [i IN range(0, size(row.dueDates) - 1) | [row.dueDates[i], row.dueCounts[i], row.dueLeadCounts[i]]] AS e
  WITH e[0] AS date, sum(e[1]) AS measures, sum(e[2]) AS led
  WITH date, measures, led ORDER BY date
  RETURN collect(date) AS dates, collect(measures) AS counts, collect(led) AS leadCounts
}
SET u.dueDates = dates, u.dueCounts = counts, u.dueLeadCounts = leadCounts
