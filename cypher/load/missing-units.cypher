// Run right after load/units: a unit that a concurrent load deleted as an orphan between this load's MERGE (which
// found it) and the lock its SET then waited for is gone without an error, and every later MATCH of it would find
// nothing. Any name listed here makes the loader run its transaction again (db.WriteConflictException); a unit
// that is still there is locked by this transaction's SET until it commits.
UNWIND $names AS name
OPTIONAL MATCH (u:Unit {name: name})
WITH name WHERE u IS NULL
RETURN collect(name) AS missing
