// Units that the stored version of a document touches: their totals change when it is replaced.
MATCH (:Document {key: $key})<-[:WORKS_ON|SUPERVISES]-(u:Unit)
RETURN collect(DISTINCT u.name) AS units
