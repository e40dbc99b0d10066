// The LAST statement of every write transaction of the loader: the graph version moves in the same transaction as
// the data, so a reader that caches by version (LeaderViews) stays right when other processes or clients of an
// external database write, as long as they bump it too. epoch is new whenever the node is (re)created, e.g. after
// the graph was emptied, so restarted version numbers never meet an old cache entry.
MERGE (v:GraphVersion {id: 'graph'})
  ON CREATE SET v.epoch = randomUUID()
SET v.version = coalesce(v.version, 0) + 1
RETURN v.epoch AS epoch, v.version AS version
