// Takes a stored document's weights off the pair totals before the document is replaced, counting them from its
// measures exactly as the loader counted them; a pair that no document shares any more loses its relationship.
MATCH (m:Measure {document: $key})
MATCH (a:Unit)-[ra:LEADS|PARTICIPATES_IN]->(m)<-[rb:LEADS|PARTICIPATES_IN]-(b:Unit)
WHERE a.name < b.name
WITH a.name + '|' + b.name AS pair, count(m) AS measures,
     sum(CASE WHEN ra:LEADS AND rb:LEADS THEN 1 ELSE 0 END) AS leadLead,
     sum(CASE WHEN (ra:LEADS) <> (rb:LEADS) THEN 1 ELSE 0 END) AS leadParticipant,
     sum(m.pairWeight) AS inverse
MATCH ()-[c:COORDINATES {pair: pair}]->()
USING INDEX c:COORDINATES(pair)
SET c.measures = c.measures - measures, c.leadLead = c.leadLead - leadLead,
    c.leadParticipant = c.leadParticipant - leadParticipant, c.inverse = c.inverse - inverse
WITH c WHERE c.measures <= 0
DELETE c
