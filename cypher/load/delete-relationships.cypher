UNWIND $rows AS id
MATCH ()-[r]->()
  WHERE elementId(r) = id
DELETE r
