// Unit pairs by shared measures over all documents, from the pair totals maintained at load.
// $mode: 'any' (every shared measure), 'lead-lead' (both lead), 'lead-participant' (one leads, one takes part).
// sharedMeasures lists the measures `shared` counts under $mode, the first $measures of them in document order.
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
         WHERE $mode = 'any' OR ($mode = 'lead-lead' AND ra:LEADS AND rb:LEADS)
            OR ($mode = 'lead-participant' AND (ra:LEADS) <> (rb:LEADS))
         RETURN {document: m.document, number: m.number, aRole: CASE WHEN ra:LEADS THEN 'lead' ELSE 'participant' END,
                 bRole: CASE WHEN rb:LEADS THEN 'lead' ELSE 'participant' END}
         ORDER BY m.document, m.index
         LIMIT $measures
       } AS sharedMeasures
