// zh: 团市委与协同最多的 15 个单位组成的网络（以图形显示）
// en: The network of 团市委 and the 15 units it shares most measures with (shown as a graph)
MATCH (u:Unit {name: '团市委'})-[c:COORDINATES]-(v:Unit)
WITH u, v, c ORDER BY c.measures DESC LIMIT 15
RETURN u, c, v
