// zh: 共同牵头最多的单位对：哪些单位需要最紧密地协同
// en: Unit pairs that most often lead measures together: who must coordinate most closely
MATCH (a:Unit)-[c:COORDINATES]->(b:Unit)
WHERE c.leadLead > 0
RETURN a.name AS unit, b.name AS partner, sum(c.leadLead) AS jointLeads, sum(c.measures) AS sharedMeasures
ORDER BY jointLeads DESC, sharedMeasures DESC
LIMIT 20
