// zh: 某单位牵头的全部任务（此处为团市委）及其配合单位
// en: Every measure a unit leads (here 团市委) and who supports it
MATCH (u:Unit {name: '团市委'})-[:LEADS]->(m:Measure)-[:IN_SECTION]->(s:Section)
RETURN s.title AS section, m.number AS number, m.text AS measure,
       COLLECT { MATCH (p:Unit)-[:PARTICIPATES_IN]->(m) RETURN p.name } AS supporters
ORDER BY m.document, m.index
