// The graph version every loader write moves (load/bump-graph-version): one unique-index seek. No row before the
// first write.
MATCH (v:GraphVersion {id: 'graph'})
RETURN v.epoch AS epoch, v.version AS version
