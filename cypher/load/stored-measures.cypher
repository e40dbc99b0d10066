// What a revision compares the new version with (load.Revision): each stored measure's properties and its units by
// position, with the element ids the revision deletes by. In index order, the order the new version's pair weights
// are summed in, so an unchanged pair sums to the same double and is left alone.
MATCH (m:Measure {document: $key})
RETURN m.uid AS uid, elementId(m) AS id, properties(m) AS properties,
       COLLECT { MATCH (u:Unit)-[r:LEADS]->(m) RETURN [elementId(r), u.name, r.position, r.share] } AS leads,
       COLLECT { MATCH (u:Unit)-[r:PARTICIPATES_IN]->(m) RETURN [elementId(r), u.name, r.position] } AS participations
ORDER BY m.index
