MATCH (d:Document {key: $key})
RETURN d.sha256 AS sha256, d.storeFormat AS storeFormat
