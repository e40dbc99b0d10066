// Unit pairs by shared measures over all documents, from the pair totals maintained at load.
// $mode: 'any' (every shared measure), 'lead-lead' (both lead), 'lead-participant' (one leads, one takes part).
MATCH (a:Unit)-[c:COORDINATES]->(b:Unit)
WITH a, b, c.measures AS measures, c.leadLead AS leadLead, c.leadParticipant AS leadParticipant, c.inverse AS inverse
WITH a, b, measures, leadLead, leadParticipant, inverse,
     CASE $mode WHEN 'lead-lead' THEN leadLead WHEN 'lead-participant' THEN leadParticipant ELSE measures END AS shared
WHERE shared >= $minShared
ORDER BY shared DESC, measures DESC, a.name, b.name
LIMIT $limit
RETURN a.name AS a, b.name AS b, shared, measures, leadLead, leadParticipant, inverse,
       COLLECT {
         MATCH (a)-[ra:LEADS|PARTICIPATES_IN]->(m:Measure)<-[rb:LEADS|PARTICIPATES_IN]-(b)
         RETURN {document: m.document, number: m.number, aRole: CASE WHEN ra:LEADS THEN 'lead' ELSE 'participant' END,
                 bRole: CASE WHEN rb:LEADS THEN 'lead' ELSE 'participant' END}
         ORDER BY m.document, m.index
       } AS sharedMeasures
