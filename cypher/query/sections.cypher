MATCH (d:Document {key: $document})-[:HAS_SECTION]->(s:Section)
RETURN s.ordinal AS ordinal, s.label AS label, s.title AS title,
       COUNT { (s)<-[:IN_SECTION]-(:Measure) } AS measures,
       COUNT { (s)<-[:IN_SECTION]-(:Measure)<-[:LEADS]-() } AS leads,
       COUNT { (s)<-[:IN_SECTION]-(:Measure)<-[:PARTICIPATES_IN]-() } AS participations,
       coalesce(s.subsectionTitles, []) AS subsections
ORDER BY ordinal
