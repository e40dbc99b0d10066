// A deleted document's node, once its measures and sections are gone (load/delete-nodes).
MATCH (d:Document {key: $key})
DETACH DELETE d
