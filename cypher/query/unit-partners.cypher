// Partners from the coordination weights maintained at load: no measure is rescanned.
MATCH (:Unit {name: $name})-[c:COORDINATES]-(p:Unit)
WHERE $document IS NULL OR c.document = $document
WITH p, sum(c.measures) AS measures, sum(c.leadLead) AS leadLead, sum(c.leadParticipant) AS leadParticipant,
     sum(c.inverse) AS inverse
RETURN p.name AS name, p.kind AS kind, measures, leadLead, leadParticipant, inverse
ORDER BY measures DESC, name
LIMIT $limit
