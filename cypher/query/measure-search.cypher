// Full-text search on the cjk-analysed index; $query is a Lucene query built and escaped by the service.
CALL db.index.fulltext.queryNodes('measure_text', $query, {limit: $limit}) YIELD node AS m, score
WHERE $document IS NULL OR m.document = $document
OPTIONAL MATCH (m)-[:IN_SECTION]->(s:Section)
RETURN m.document AS document, m.number AS number, m.index AS index, s.ordinal AS section, s.title AS sectionTitle,
       m.text AS text, score,
       COLLECT { MATCH (u:Unit)-[r:LEADS]->(m) RETURN u.name ORDER BY r.position } AS leads
ORDER BY score DESC, document, index
