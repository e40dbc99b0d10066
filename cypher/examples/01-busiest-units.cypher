// zh: 按工作量排列的前 20 个单位（牵头、配合任务数）
// en: The 20 units with the highest workload, with the measures they lead and support
MATCH (u:Unit)
RETURN u.name AS unit, u.kind AS kind, u.leads AS leads, u.participations AS participations, u.workload AS workload
ORDER BY workload DESC, unit
LIMIT 20
