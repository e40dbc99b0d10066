// Unit totals move with each load (load/unwork-document takes a replaced version's share off, load/works-on adds
// the new one), so this only recomputes the workload of the units the load touched: re-summing every WORKS_ON of
// every touched unit grew with the number of documents and took a third of each load at 300 of L's 1,000.
// workload = $leadWeight * leadShare + $participationWeight * participations (stated in the README).
UNWIND $names AS name
MATCH (u:Unit {name: name})
// A unit that leads nothing any more gets an exact zero, not the rounding left by taking shares off.
WITH u, CASE WHEN u.leads = 0 THEN 0.0 ELSE u.leadShare END AS leadShare
SET u.leadShare = leadShare,
    u.workload = round($leadWeight * leadShare + $participationWeight * u.participations, 6)
