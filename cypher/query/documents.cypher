// Counts are stored on the document at load time, so listing documents never touches measures.
MATCH (d:Document)
RETURN d.key AS key, d.title AS title, d.docNumber AS docNumber, d.issuer AS issuer, d.date AS date,
       d.sourceName AS source, d.sections AS sections, d.measures AS measures, d.units AS units,
       d.leads AS leads, d.participations AS participations, toString(d.loadedAt) AS loadedAt,
       [(u:Unit)-[:SUPERVISES]->(d) | u.name] AS supervisors
ORDER BY d.key
