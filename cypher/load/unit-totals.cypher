// The totals of the units a load or a delete touched (load/works-on and load/unwork-document move them), read so
// that org.respnet.model.Workload, the formula's one home, computes their workload.
UNWIND $names AS name
MATCH (u:Unit {name: name})
RETURN u.name AS name, u.leads AS leads, u.leadShare AS leadShare, u.participations AS participations
