// Stores the workload Workload.of computed from load/unit-totals; a unit that leads nothing any more gets an exact
// zero share, not the rounding left by taking shares off.
UNWIND $rows AS row
MATCH (u:Unit {name: row.name})
SET u.leadShare = row.leadShare, u.workload = row.workload
