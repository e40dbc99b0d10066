// A unit's figures, one page of its measures and its main partners, in one statement: one round trip per request.
//
// rank = 1 + units ahead in the ranking order (workload descending, then name): two range counts on the
// unit_workload index rather than a scan of all units.
//
// Measures are in (document, index) order. A busy unit takes part in hundreds of thousands of them, so the page is
// not cut from a sort of all of them: its WORKS_ON counts, one per document, say in which document the page starts
// ($offset, or the document of the $afterDocument/$afterIndex cursor) and how many of the unit's measures to skip
// there. The page is then read either
//  - from the documents: their measures in index order (measure_document_index), each joined to the unit from the
//    measure's side (a measure has ~10 units), stopping once the page is full; or
//  - from the unit: all its measures in scope, sorted (cheap for the many units with few measures, and for units
//    spread thinly over many documents).
// whichever reads fewer records: about (skip + page) ÷ the unit's share of the measures in scope, at ~3 times the
// cost of a record read from the unit's side, against the unit's degree. One extra measure tells whether a next
// page exists.
MATCH (u:Unit {name: $name})
CALL (u) {
  MATCH (u)-[w:WORKS_ON]->(d:Document)
  WHERE $document IS NULL OR d.key = $document
  WITH d.key AS key, w.leads + w.participations AS n, COUNT { (d)-[:HAS_MEASURE]->() } AS size
  ORDER BY key
  RETURN collect({key: key, n: n, size: size}) AS documents
}
// first: the position in documents where the page starts; skip: the unit's measures to pass over there.
WITH u, documents, reduce(a = {total: 0, size: 0, first: -1, skip: 0}, i IN range(0, size(documents) - 1) |
       CASE WHEN a.first >= 0
              THEN {total: a.total + documents[i].n, size: a.size + documents[i].size, first: a.first, skip: a.skip}
            WHEN $afterDocument IS NULL AND a.total + documents[i].n > $offset
              THEN {total: a.total + documents[i].n, size: a.size + documents[i].size, first: i, skip: $offset - a.total}
            WHEN $afterDocument IS NOT NULL AND documents[i].key >= $afterDocument
              THEN {total: a.total + documents[i].n, size: a.size + documents[i].size, first: i, skip: 0}
            ELSE {total: a.total + documents[i].n, size: a.size + documents[i].size, first: -1, skip: 0} END) AS page
WITH u, documents, page,
     page.first >= 0 AND 3 * (page.skip + $measureLimit + 1) * page.size < (u.leads + u.participations) * page.total
       AS fromDocuments
CALL (u, documents, page, fromDocuments) {
  CALL (u, documents, page, fromDocuments) {
    WITH u, documents, page WHERE fromDocuments
    UNWIND range(page.first, size(documents) - 1) AS i
    WITH u, page, i, documents[i].key AS key,
         CASE WHEN documents[i].key = $afterDocument THEN $afterIndex ELSE -1 END AS after
    CALL (u, page, i, key, after) {
      // Inside the first document, skip of the unit's measures come before the page. Each branch nulls the key
      // it does not serve (rather than a WHERE, which the planner applies after the index seek).
      WITH u, page, after, CASE WHEN i = page.first AND page.skip > 0 THEN key END AS served
      MATCH (m:Measure) USING INDEX m:Measure(document, index) WHERE m.document = served AND m.index > after
      MATCH (u)-[r:LEADS|PARTICIPATES_IN]->(m)
      WITH page, r, m ORDER BY m.document, m.index
      LIMIT $offset + $measureLimit + 1
      WITH page, collect({r: r, m: m}) AS rows
      UNWIND rows[page.skip..] AS row
      RETURN row.r AS r, row.m AS m
      UNION ALL
      WITH u, after, CASE WHEN i = page.first AND page.skip > 0 THEN null ELSE key END AS served
      MATCH (m:Measure) USING INDEX m:Measure(document, index) WHERE m.document = served AND m.index > after
      MATCH (u)-[r:LEADS|PARTICIPATES_IN]->(m)
      WITH r, m ORDER BY m.document, m.index
      LIMIT $measureLimit + 1
      RETURN r, m
    }
    RETURN r, m
    LIMIT $measureLimit + 1
    UNION ALL
    WITH u, page WHERE page.first >= 0 AND NOT fromDocuments
    MATCH (u)-[r:LEADS|PARTICIPATES_IN]->(m:Measure)
    WHERE ($document IS NULL OR m.document = $document)
      AND ($afterDocument IS NULL OR m.document > $afterDocument
           OR m.document = $afterDocument AND m.index > $afterIndex)
    WITH r, m ORDER BY m.document, m.index
    SKIP $offset
    LIMIT $measureLimit + 1
    RETURN r, m
  }
  OPTIONAL MATCH (m)-[:IN_SECTION]->(s:Section)
  WITH r, m, s ORDER BY m.document, m.index
  RETURN collect({role: CASE WHEN r:LEADS THEN 'lead' ELSE 'participant' END, document: m.document,
                  number: m.number, index: m.index, section: s.ordinal, sectionTitle: s.title, text: m.text,
                  deadline: m.deadline, leadCount: m.leadCount, unitCount: m.unitCount}) AS measures
}
// Partners over all documents: the pair totals maintained at load, one relationship per partner. Within one
// document: counted from the unit's measures there, read from the document's side when the unit's degree is more
// than 3 times the document's measures, else from the unit's. The index hints keep plans made on a small or empty
// graph (tests, a fresh store) from starting at the unit.
CALL (u, page) {
  CALL (u, page) {
    WITH u WHERE $document IS NULL
    // No label test on p: COORDINATES only joins units, and testing each of a busy unit's ~10,000 partners read
    // as many node records again (a quarter of this branch's db hits at L).
    MATCH (u)-[c:COORDINATES]-(p)
    WITH p, c ORDER BY c.measures DESC, p.name
    LIMIT $limit
    RETURN p, c.measures AS measures, c.leadLead AS leadLead, c.leadParticipant AS leadParticipant,
           c.inverse AS inverse
    UNION ALL
    WITH u, CASE WHEN page.total > 0 AND 3 * page.size < u.leads + u.participations THEN $document END AS served
    MATCH (m:Measure) USING INDEX m:Measure(document) WHERE m.document = served
    MATCH (u)-[ru:LEADS|PARTICIPATES_IN]->(m)<-[rp:LEADS|PARTICIPATES_IN]-(p:Unit)
    WITH p, count(m) AS measures, sum(CASE WHEN ru:LEADS AND rp:LEADS THEN 1 ELSE 0 END) AS leadLead,
         sum(CASE WHEN (ru:LEADS) <> (rp:LEADS) THEN 1 ELSE 0 END) AS leadParticipant,
         sum(m.pairWeight) AS inverse
    ORDER BY measures DESC, p.name
    LIMIT $limit
    RETURN p, measures, leadLead, leadParticipant, inverse
    UNION ALL
    WITH u, page WHERE $document IS NOT NULL AND page.total > 0 AND NOT 3 * page.size < u.leads + u.participations
    MATCH (u)-[ru:LEADS|PARTICIPATES_IN]->(m:Measure)
    WITH ru, m WHERE m.document = $document
    MATCH (m)<-[rp:LEADS|PARTICIPATES_IN]-(p:Unit)
    WHERE rp <> ru
    WITH p, count(m) AS measures, sum(CASE WHEN ru:LEADS AND rp:LEADS THEN 1 ELSE 0 END) AS leadLead,
         sum(CASE WHEN (ru:LEADS) <> (rp:LEADS) THEN 1 ELSE 0 END) AS leadParticipant,
         sum(m.pairWeight) AS inverse
    ORDER BY measures DESC, p.name
    LIMIT $limit
    RETURN p, measures, leadLead, leadParticipant, inverse
  }
  WITH p, measures, leadLead, leadParticipant, inverse ORDER BY measures DESC, p.name
  RETURN collect({name: p.name, kind: p.kind, measures: measures, leadLead: leadLead,
                  leadParticipant: leadParticipant, inverse: inverse}) AS partners
}
RETURN u.name AS name, u.kind AS kind, coalesce(u.aliases, []) AS aliases, u.leads AS leads,
       u.participations AS participations, round(u.leadShare, 6) AS leadShare, u.workload AS workload,
       COUNT { MATCH (o:Unit) WHERE o.workload > u.workload }
         + COUNT { MATCH (o:Unit) WHERE o.workload = u.workload AND o.name < u.name } + 1 AS rank,
       [(u)-[:SUPERVISES]->(d:Document) | d.key] AS supervises,
       measures, page.total AS measureTotal, partners
