// zh: 按单位类型统计：群团组织、党委机构、政府部门等各承担多少责任
// en: Responsibilities by kind of unit: mass organisations, party organs, government departments …
MATCH (u:Unit)
RETURN u.kind AS kind, count(u) AS units, sum(u.leads) AS leads, sum(u.participations) AS participations
ORDER BY leads + participations DESC
