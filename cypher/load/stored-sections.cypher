// The stored version's sections: those the new version no longer has are deleted, by element id.
MATCH (:Document {key: $key})-[:HAS_SECTION]->(s:Section)
RETURN s.uid AS uid, elementId(s) AS id
