MATCH (m:Measure {document: $document, number: $number})
OPTIONAL MATCH (m)-[:IN_SECTION]->(s:Section)
RETURN m.document AS document, m.number AS number, m.index AS index, s.ordinal AS section, s.title AS sectionTitle,
       m.subsectionTitle AS subsectionTitle, m.text AS text, m.clause AS clause, m.deadline AS deadline,
       m.location AS location, coalesce(m.collectives, []) AS collectives, coalesce(m.persons, []) AS persons,
       COLLECT { MATCH (u:Unit)-[r:LEADS]->(m) RETURN u.name ORDER BY r.position } AS leads,
       COLLECT { MATCH (u:Unit)-[r:PARTICIPATES_IN]->(m) RETURN u.name ORDER BY r.position } AS participants
ORDER BY m.index
