// Each count reads Neo4j's count store, not the nodes: constant time at any size.
CALL () { MATCH (n:Document) RETURN count(n) AS documents }
CALL () { MATCH (n:Section) RETURN count(n) AS sections }
CALL () { MATCH (n:Measure) RETURN count(n) AS measures }
CALL () { MATCH (n:Unit) RETURN count(n) AS units }
CALL () { MATCH ()-[r:LEADS]->() RETURN count(r) AS leads }
CALL () { MATCH ()-[r:PARTICIPATES_IN]->() RETURN count(r) AS participations }
RETURN documents, sections, measures, units, leads, participations
