// Each unit's figures in two scopes side by side: $leftDocument and $rightDocument, each narrowed to one section
// when $leftSection / $rightSection (a section uid, document/ordinal) is set. Figures are counted from the scope's
// relationships: a document's through the measure_document index, a section's through its measures. A unit named
// in only one scope has zeros in the other.
UNWIND [{side: 'left', document: $leftDocument, section: $leftSection},
        {side: 'right', document: $rightDocument, section: $rightSection}] AS scope
CALL (scope) {
  WITH scope WHERE scope.section IS NULL
  MATCH (m:Measure) WHERE m.document = scope.document
  MATCH (m)<-[r:LEADS|PARTICIPATES_IN]-(u:Unit)
  RETURN u, r
  UNION ALL
  WITH scope WHERE scope.section IS NOT NULL
  MATCH (:Section {uid: scope.section})<-[:IN_SECTION]-(:Measure)<-[r:LEADS|PARTICIPATES_IN]-(u:Unit)
  RETURN u, r
}
WITH u, scope.side AS side,
     sum(CASE WHEN r:LEADS THEN 1 ELSE 0 END) AS leads,
     sum(CASE WHEN r:PARTICIPATES_IN THEN 1 ELSE 0 END) AS participations,
     sum(CASE WHEN r:LEADS THEN r.share ELSE 0.0 END) AS leadCredit
WITH u, collect({side: side, leads: leads, participations: participations, leadCredit: leadCredit}) AS sides
WITH u, [s IN sides WHERE s.side = 'left'][0] AS l, [s IN sides WHERE s.side = 'right'][0] AS r
WITH u, coalesce(l.leads, 0) AS leftLeads, coalesce(l.participations, 0) AS leftParticipations,
     coalesce(l.leadCredit, 0.0) AS leftCredit, coalesce(r.leads, 0) AS rightLeads,
     coalesce(r.participations, 0) AS rightParticipations, coalesce(r.leadCredit, 0.0) AS rightCredit
// Workloads (from these, by org.respnet.model.Workload, the formula's one home) and the order: ScopeComparison.
RETURN u.name AS name, u.kind AS kind, leftLeads, leftParticipations, leftCredit, rightLeads, rightParticipations,
       rightCredit
