CREATE (d:Document {key: $key})
SET d += $properties
