// Unit totals are maintained here after every load, so the unfiltered ranking reads one node per unit.
// workload = $leadWeight * leadShare + $participationWeight * participations (stated in the README).
UNWIND $names AS name
MATCH (u:Unit {name: name})
CALL (u) {
  OPTIONAL MATCH (u)-[w:WORKS_ON]->(:Document)
  RETURN coalesce(sum(w.leads), 0) AS leads, coalesce(sum(w.participations), 0) AS participations,
         coalesce(sum(w.leadShare), 0.0) AS leadShare
}
SET u.leads = leads, u.participations = participations, u.leadShare = leadShare,
    u.workload = round($leadWeight * leadShare + $participationWeight * participations, 6)
