// Partners over all documents, from the pair totals maintained at load: one relationship per partner.
MATCH (:Unit {name: $name})-[c:COORDINATES]-(p:Unit)
RETURN p.name AS name, p.kind AS kind, c.measures AS measures, c.leadLead AS leadLead,
       c.leadParticipant AS leadParticipant, c.inverse AS inverse
ORDER BY measures DESC, name
LIMIT $limit
