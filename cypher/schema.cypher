// Applied at every start; each statement is idempotent (IF NOT EXISTS).
// Plain and full-text indexes first: they fill in the background, while each constraint below builds and checks
// its own index before returning; after a bulk import of a million measures that overlap is most of the wait.
// The cjk analyzer indexes Chinese as overlapping bigrams, so 志愿服务 finds 志愿服务工作.
CREATE FULLTEXT INDEX measure_text IF NOT EXISTS FOR (m:Measure) ON EACH [m.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE INDEX unit_kind IF NOT EXISTS FOR (u:Unit) ON (u.kind);
// A unit's rank is the number of units with a higher workload: an index range count, not a scan.
CREATE INDEX unit_workload IF NOT EXISTS FOR (u:Unit) ON (u.workload);
CREATE INDEX measure_document IF NOT EXISTS FOR (m:Measure) ON (m.document);
CREATE INDEX measure_document_number IF NOT EXISTS FOR (m:Measure) ON (m.document, m.number);
// A document's measures in index order, so a page of a busy unit's measures stops once it is full (query/unit).
CREATE INDEX measure_document_index IF NOT EXISTS FOR (m:Measure) ON (m.document, m.index);
// Deadlines: what falls due or is overdue around a date is a range seek, not a scan of every measure.
CREATE INDEX measure_due_date IF NOT EXISTS FOR (m:Measure) ON (m.dueDate);
// Checks: measures with no lead (leadCount = 0) or many co-leads (leadCount >= n) are a range seek too.
CREATE INDEX measure_lead_count IF NOT EXISTS FOR (m:Measure) ON (m.leadCount);
// Pairs that lead many measures together over all documents: a range seek on the pair totals.
CREATE INDEX coordinates_lead_lead IF NOT EXISTS FOR ()-[c:COORDINATES]-() ON (c.leadLead);
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (d:Document) REQUIRE d.key IS UNIQUE;
CREATE CONSTRAINT section_uid IF NOT EXISTS FOR (s:Section) REQUIRE s.uid IS UNIQUE;
CREATE CONSTRAINT measure_uid IF NOT EXISTS FOR (m:Measure) REQUIRE m.uid IS UNIQUE;
CREATE CONSTRAINT unit_name IF NOT EXISTS FOR (u:Unit) REQUIRE u.name IS UNIQUE;
// One graph version node (load/bump-graph-version): MERGE under a constraint cannot make two.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
// One COORDINATES relationship per unit pair over all documents, found by its key when a load adds or takes off
// weights: an index seek, where MERGE between two busy units would walk thousands of relationships.
CREATE CONSTRAINT coordinates_pair IF NOT EXISTS FOR ()-[c:COORDINATES]-() REQUIRE c.pair IS UNIQUE;
// Stores from before the pair totals had per-document weights indexed by document.
DROP INDEX coordinates_document IF EXISTS;
