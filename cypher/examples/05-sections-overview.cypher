// zh: 各部分的任务数、牵头与配合责任数
// en: Measures, leads and supporting roles per section of each document
MATCH (d:Document)-[:HAS_SECTION]->(s:Section)<-[:IN_SECTION]-(m:Measure)
RETURN d.docNumber AS document, s.ordinal AS ordinal, s.title AS section, count(m) AS measures,
       sum(m.leadCount) AS leads, sum(m.unitCount - m.leadCount) AS participations
ORDER BY document, ordinal
