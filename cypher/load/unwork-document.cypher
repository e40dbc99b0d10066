// Takes a stored document's share off its units' totals before the document is replaced (see load/works-on).
MATCH (:Document {key: $key})<-[w:WORKS_ON]-(u:Unit)
SET u.leads = u.leads - w.leads, u.participations = u.participations - w.participations,
    u.leadShare = u.leadShare - w.leadShare
