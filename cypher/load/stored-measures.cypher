// What a revision compares the new version with (load.Revision): each stored measure's properties and its units by
// position, with the element ids the revision deletes by.
MATCH (m:Measure {document: $key})
RETURN m.uid AS uid, elementId(m) AS id, properties(m) AS properties,
       COLLECT { MATCH (u:Unit)-[r:LEADS]->(m) RETURN [elementId(r), u.name, r.position, r.share] } AS leads,
       COLLECT { MATCH (u:Unit)-[r:PARTICIPATES_IN]->(m) RETURN [elementId(r), u.name, r.position] } AS participations
