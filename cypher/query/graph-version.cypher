// The graph's version: a counter every load and delete transaction moves (cypher/load/bump-version), so a picture
// cached under it is dropped by the next write, whichever process or client makes it. 0 before the first write.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.value, 0) AS version
