// A revision's measures and sections that the new version no longer has, last in its transaction (see
// DocumentLoader); their units' relationships are already gone.
UNWIND $rows AS id
MATCH (n)
  WHERE elementId(n) = id
DETACH DELETE n
