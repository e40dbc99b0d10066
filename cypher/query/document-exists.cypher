MATCH (d:Document {key: $key})
RETURN count(d) > 0 AS exists
