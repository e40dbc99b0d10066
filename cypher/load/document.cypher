// SET = replaces every property, so nothing an older version stored outlives it.
MERGE (d:Document {key: $key})
SET d = $properties
