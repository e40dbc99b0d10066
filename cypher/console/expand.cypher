// The console's "expand": one node, found by its element id, and one page of its neighbours, each with the
// relationship that joins them. Ordered by relationship type and element id so that the next page ($skip) starts
// where this one ended. total counts every relationship of the node (COUNT over a bare pattern reads the degree).
MATCH (n) WHERE elementId(n) = $id
CALL (n) {
  MATCH (n)-[r]-(m)
  WITH r, m
  ORDER BY type(r), elementId(r)
  SKIP $skip
  LIMIT $limit
  RETURN collect({relationship: r, node: m}) AS neighbours
}
RETURN n AS node, COUNT { (n)--() } AS total, neighbours
