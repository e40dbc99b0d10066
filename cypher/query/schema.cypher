// The console's schema panel: labels, relationship types and property keys, each label and type with its count.
// Counts come from Neo4j's count store (db.stats.retrieve reads counters, not the graph), so this costs the same at
// a million measures as at the seed. Read-only procedures only.
CALL db.labels() YIELD label
WITH collect(label) AS labelNames
CALL db.relationshipTypes() YIELD relationshipType
WITH labelNames, collect(relationshipType) AS typeNames
CALL db.propertyKeys() YIELD propertyKey
WITH labelNames, typeNames, collect(propertyKey) AS propertyKeys
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
RETURN [name IN labelNames | {name: name, count: coalesce([n IN data.nodes WHERE n.label = name][0].count, 0)}]
         AS labels,
       [name IN typeNames | {name: name, count: coalesce([r IN data.relationships
         WHERE r.relationshipType = name AND r.startLabel IS NULL AND r.endLabel IS NULL][0].count, 0)}]
         AS relationshipTypes,
       propertyKeys
