// A unit's main partners over all documents: the pair totals maintained at load, one relationship per partner.
// No label test on p: COORDINATES only joins units, and testing each of a busy unit's ~10,000 partners read as many
// node records again (a quarter of this statement's db hits at L).
MATCH (:Unit {name: $name})-[c:COORDINATES]-(p)
WITH p, c ORDER BY c.measures DESC, p.name
LIMIT $limit
RETURN p.name AS name, p.kind AS kind, c.measures AS measures, c.leadLead AS leadLead,
       c.leadParticipant AS leadParticipant, c.inverse AS inverse
