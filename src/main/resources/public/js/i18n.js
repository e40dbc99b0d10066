// A small dictionary: Chinese by default, English on request; the choice is kept in localStorage.
import { KIND_TABLE } from './kinds.js';

const STORE_KEY = 'respnet.lang';

const DICT = {
  zh: {
    'app.name': '责任网络', 'app.tagline': '政府实施方案责任分工分析',
    'nav.rankings': '工作量排名', 'nav.graph': '协同网络', 'nav.console': 'Cypher 查询台',
    'lang.switch': 'English',
    'filter.document': '文件', 'filter.section': '部分', 'filter.kind': '单位类型',
    'filter.all.documents': '全部文件', 'filter.all.sections': '全部部分', 'filter.all.kinds': '全部类型',
    'rank.title': '单位工作量排名', 'rank.subtitle': '各单位在实施方案中牵头与配合的任务数量及加权工作量',
    'rank.chart': '工作量前 15 位单位', 'rank.table': '全部单位', 'rank.csv': '下载 CSV',
    'rank.units': '{n} 个单位', 'rank.formula': '工作量计算：', 'rank.hint': '点击单位名称查看其任务与协同单位',
    'col.rank': '排名', 'col.name': '单位', 'col.kind': '类型', 'col.leads': '牵头', 'col.participations': '配合',
    'col.total': '合计', 'col.leadShare': '牵头占比', 'col.workload': '工作量', 'col.overdue': '逾期',
    'rank.asOf': '逾期截至', 'rank.overdueCell': '截至 {date} 逾期 {n} 项，其中牵头 {leads} 项',
    'rank.overdueHead': '完成时限（原文写明的日期）早于截至日期的任务数，牵头与配合都计；括号内为其中牵头的项数',
    'rank.explain.overdue': '逾期：截至 {date}，原文写明的完成时限已过的任务数（牵头与配合都计，括号内为牵头项数）。依据原文时限，不反映实际完成情况；逾期任务清单见',
    'rank.explain.overdueLink': '方案体检',
    'rank.leadCredit': '牵头分 {credit}：每项牵头任务记 1，由共同牵头单位平分', 'rank.sortedBy': '排序',
    'rank.print': '打印', 'rank.printed': '打印时间：{date}', 'rank.explain.title': '工作量怎么算',
    'rank.explain.formula': '工作量 = 2 × 牵头分 + 1 × 配合任务数。牵头一项任务得 1 分牵头分，几家单位共同牵头时平分（12 家共同牵头的任务每家得 1/12）；牵头比配合承担更多责任，所以权重加倍。',
    'rank.explain.share': '牵头占比 = 本单位牵头分 ÷ 所选范围内全部牵头分（即有牵头单位的任务数），各单位合计 100%，不受类型筛选影响。',
    'rank.explain.top': '{name} 排名第一：工作量 {workload} 中 {part} 来自 {participations} 项配合任务；前 {n} 位中有 {k} 家{kind}。方案把它们列为许多任务的配合单位，每项配合计 1，累计起来超过了牵头最多的单位。',
    'rank.explain.topLeads': '{name} 排名第一：工作量 {workload} 中 {part} 来自牵头（牵头分 {credit}）；前 {n} 位中有 {k} 家{kind}。',
    'rank.explain.caveat': '工作量衡量的是分派到的责任份数，不是任务的难度或投入。',
    'nav.compare': '方案对比',
    'compare.title': '方案对比', 'compare.subtitle': '两份方案或两个部分中，各单位牵头、配合任务数和工作量并列比较，并给出差值（B − A）',
    'compare.left': 'A', 'compare.right': 'B', 'compare.swap': '交换 A 与 B', 'compare.table': '各单位对比',
    'compare.heading': 'A：{a}　对比　B：{b}', 'compare.a': 'A', 'compare.b': 'B', 'compare.diff': '差 B−A',
    'compare.onlyA': '仅见于 A', 'compare.onlyB': '仅见于 B', 'compare.totals': '合计',
    'compare.noDocuments': '尚未载入任何文件',
    'compare.note': '工作量 = 2 × 牵头分 + 1 × 配合任务数（牵头分：每项牵头任务记 1，由共同牵头单位平分）；只在一方出现的单位，另一方记 0。',
    'series.leads': '牵头任务', 'series.participations': '配合任务',
    'unit.rank': '排名', 'unit.measures.led': '牵头任务', 'unit.measures.supported': '配合任务',
    'unit.partners': '主要协同单位', 'unit.shared': '{n} 项共同任务', 'unit.close': '关闭',
    'graph.title': '单位协同网络', 'graph.subtitle': '共同承担任务的单位之间的联系；节点大小表示工作量，颜色表示协同群组',
    'graph.view': '视图', 'graph.view.units': '单位网络', 'graph.view.bipartite': '任务—单位',
    'graph.weighting': '连线权重', 'graph.weighting.inverse': '按任务规模折算', 'graph.weighting.count': '共同任务数',
    'graph.minShared': '最少共同任务', 'graph.hideUbiquitous': '隐藏普遍参与的单位', 'graph.export': '导出',
    'graph.legend': '协同群组', 'graph.cluster': '群组 {n}', 'graph.stats': '{nodes} 个节点 · {edges} 条连线',
    'graph.hidden': '已隐藏：{names}', 'graph.modularity': '模块度 {q}', 'graph.pick': '点击单位查看其任务，点击连线查看共同任务',
    'graph.shared.title': '{a} 与 {b} 的共同任务', 'graph.needsDocument': '任务—单位视图显示所选文件的任务',
    'graph.measure': '任务', 'graph.role.lead': '牵头', 'graph.role.participant': '配合', 'graph.fit': '适应窗口',
    'console.title': 'Cypher 查询台', 'console.subtitle': '只读查询：写操作、LOAD CSV 和管理命令会被拒绝',
    'console.run': '运行', 'console.shortcut': 'Ctrl+Enter 运行', 'console.parameters': '参数（JSON）',
    'console.examples': '示例查询', 'console.history': '历史记录', 'console.history.empty': '尚无历史记录',
    'console.clearHistory': '清空', 'console.tab.table': '表格', 'console.tab.graph': '图形', 'console.tab.plan': '执行计划',
    'console.download.csv': 'CSV', 'console.download.json': 'JSON', 'console.rows': '{n} 行 · {ms} 毫秒',
    'console.truncated': '结果已截断，仅显示前 {n} 行', 'console.noRows': '查询没有返回数据',
    'console.running': '正在运行…', 'console.badParameters': '参数不是有效的 JSON 对象',
    'console.at': '第 {line} 行，第 {column} 列', 'console.estimated': '估计行数',
    'console.ready': '输入查询，按 Ctrl+Enter 运行',
    'console.schema': '数据库结构', 'console.schema.hint': '点击名称生成查询；Ctrl+空格 补全',
    'console.schema.labels': '节点标签', 'console.schema.types': '关系类型', 'console.schema.keys': '属性名',
    'console.error.invalid': 'Cypher 语句有误', 'console.error.refused': '查询被拒绝：查询台只能读取',
    'console.error.timeout': '查询超时', 'console.error.busy': '同时运行的查询过多，请稍后再试',
    'console.failed': '查询未执行，没有结果', 'console.plan.actual': '实际 {rows} 行 · {hits} 次数据库访问',
    'kpi.documents': '实施方案', 'kpi.measures': '任务', 'kpi.units': '责任单位', 'kpi.leads': '牵头责任',
    'kpi.participations': '配合责任',
    'error.load': '数据加载失败：', 'common.loading': '加载中…', 'common.none': '无',
    'nav.upload': '文件管理',
    'measure.clause': '责任条款原文', 'col.number': '序号', 'col.text': '任务内容', 'col.participants': '配合单位',
    'col.leadUnits': '牵头单位', 'col.collectives': '泛指主体', 'col.persons': '责任人', 'col.deadline': '时限',
    'col.location': '原文位置', 'col.title': '标题', 'col.key': '文号/标识', 'col.measures': '任务数',
    'col.loadedAt': '载入时间', 'col.actions': '操作',
    'upload.title': '文件管理', 'upload.subtitle': '预览、载入和删除实施方案；写入需要管理员令牌',
    'upload.token': '管理员令牌', 'upload.token.hint': '仅保存在本浏览器标签页（sessionStorage）',
    'upload.file': '文件（.txt .docx .pdf .xlsx）', 'upload.encoding': '编码', 'upload.encoding.auto': '自动识别',
    'upload.force': '内容未变也重新载入', 'upload.preview': '预览', 'upload.load': '载入', 'upload.pickFile': '请先选择文件',
    'upload.figures': '解析结果', 'upload.sections': '部分', 'upload.measures': '任务', 'upload.units': '单位',
    'upload.leads': '牵头责任', 'upload.participations': '配合责任', 'upload.unassigned': '未明确责任单位',
    'upload.warnings': '警告', 'upload.noWarnings': '没有警告', 'upload.source': '原文（规范化后）',
    'upload.unassignedTag': '无责任单位', 'upload.stored.new': '新文件，载入后新增',
    'upload.stored.unchanged': '已载入相同内容，载入将跳过（除非勾选重新载入）',
    'upload.stored.revision': '已有同一文件的其他版本，载入将替换它',
    'upload.loaded': '已载入 {key}：{measures} 项任务', 'upload.skipped': '{key} 内容未变，已跳过',
    'upload.documents': '已载入的文件', 'upload.noDocuments': '尚未载入任何文件', 'upload.delete': '删除',
    'upload.confirmDelete': '确定删除“{key}”及其全部任务和责任关系吗？', 'upload.deleted': '已删除 {key}',
    'upload.error': '操作失败：',
    'nav.checks': '方案体检', 'check.title': '方案体检', 'check.subtitle': '从方案原文检查责任是否落实到单位、是否过度集中，以及任务时限',
    'check.minLeads': '多头牵头阈值', 'check.k': '工作量倍数（中位数）', 'check.asOf': '截至日期',
    'check.unledMeasures': '无牵头单位的任务', 'check.crowdedLeads': '多头牵头的任务', 'check.supportOnlyUnits': '只配合不牵头的单位',
    'check.workloadOutliers': '工作量过重的单位', 'check.concentration': '牵头责任集中度', 'check.coLeadPairs': '经常共同牵头的单位',
    'check.overdue': '已超期任务', 'check.upcoming': '即将到期任务', 'check.topShare': '前5单位牵头占比', 'check.gini': '工作量基尼系数',
    'check.kind': '情形', 'check.named': '提及的主体', 'check.share': '参与比例', 'check.measures': '相关任务', 'check.ratio': '为中位数的',
    'check.top': '牵头最多的单位', 'check.pair': '单位组合', 'check.shared': '共同牵头任务', 'check.dueDate': '到期日',
    'check.timeline': '任务时间线', 'check.timeline.count': '{n} 项（牵头 {leads} 项）',
    'gap.no-lead': '仅有配合单位', 'gap.collective-only': '仅有泛指主体', 'gap.unassigned': '未明确责任主体',
    'due.ongoing': '长期/持续', 'due.unknown': '时限不明', 'due.undated': '无时限',
    'rule.unledMeasures': '没有任何单位牵头的任务：只有配合单位、只有“各有关部门”等泛指主体，或未明确任何主体。',
    'rule.crowdedLeads': '牵头单位达到 {n} 个及以上的任务：多头牵头会稀释责任。',
    'rule.supportOnlyUnits': '在本范围内不牵头任何任务、却参与 {p}% 以上任务的单位。',
    'rule.workloadOutliers': '工作量超过本范围各单位工作量中位数（{median}）{k} 倍的单位。',
    'rule.concentration': '牵头最多的前 {top} 个单位所占牵头责任的比例，以及各单位工作量的基尼系数（0 为完全均衡）。',
    'rule.coLeadPairs': '共同牵头 {n} 项及以上任务的单位组合，可考虑建立联合工作机制。',
    'rule.overdue': '完成时限早于 {date} 的任务（依据原文时限，不反映实际完成情况）。',
    'rule.upcoming': '自 {date} 起 {days} 天内到期的任务。',
  },
  en: {
    'app.name': 'RespNet', 'app.tagline': 'Responsibility networks of implementation plans',
    'nav.rankings': 'Workload ranking', 'nav.graph': 'Coordination network', 'nav.console': 'Cypher console',
    'lang.switch': '中文',
    'filter.document': 'Document', 'filter.section': 'Section', 'filter.kind': 'Unit kind',
    'filter.all.documents': 'All documents', 'filter.all.sections': 'All sections', 'filter.all.kinds': 'All kinds',
    'rank.title': 'Unit workload ranking', 'rank.subtitle': 'Measures each unit leads and supports, and its weighted workload',
    'rank.chart': 'Top 15 units by workload', 'rank.table': 'All units', 'rank.csv': 'Download CSV',
    'rank.units': '{n} units', 'rank.formula': 'Workload: ', 'rank.hint': 'Click a unit to see its measures and partners',
    'col.rank': 'Rank', 'col.name': 'Unit', 'col.kind': 'Kind', 'col.leads': 'Leads', 'col.participations': 'Supports',
    'col.total': 'Total', 'col.leadShare': 'Lead share', 'col.workload': 'Workload', 'col.overdue': 'Overdue',
    'rank.asOf': 'Overdue as of', 'rank.overdueCell': '{n} overdue as of {date}, {leads} of them led',
    'rank.overdueHead': 'Measures whose deadline (a date the text fixes) is before the as-of date, led or supported; led ones in brackets',
    'rank.explain.overdue': 'Overdue: measures whose deadline, as the text fixes it, fell before {date}, led or supported (led ones in brackets). From the text\'s deadlines, not what was done; the list of them is on the',
    'rank.explain.overdueLink': 'plan check',
    'rank.leadCredit': 'Lead credit {credit}: each measure led counts 1, split among its co-leads', 'rank.sortedBy': 'Sorted by',
    'rank.print': 'Print', 'rank.printed': 'Printed {date}', 'rank.explain.title': 'How the workload is counted',
    'rank.explain.formula': 'Workload = 2 × lead credit + 1 × measures supported. Leading a measure earns 1 lead credit, split between joint leads (each of 12 joint leads earns 1/12); leading answers for the result, so it weighs twice a supporting role.',
    'rank.explain.share': 'Lead share = the unit\'s lead credit ÷ all lead credit in the chosen scope (its measures with a lead): the shares of all units add up to 100%, whatever kind is filtered.',
    'rank.explain.top': '{name} ranks first: {part} of its workload of {workload} comes from supporting {participations} measures, and {k} of the top {n} are of kind "{kind}". The plan names them as supporting units on many measures; at 1 each, these add up to more than the units that lead most earn.',
    'rank.explain.topLeads': '{name} ranks first: {part} of its workload of {workload} comes from leading (lead credit {credit}); {k} of the top {n} are of kind "{kind}".',
    'rank.explain.caveat': 'Workload counts the responsibilities assigned, not how hard a measure is or what it costs.',
    'nav.compare': 'Compare plans',
    'compare.title': 'Compare plans', 'compare.subtitle': 'Each unit\'s leads, supporting roles and workload in two plans or two sections, side by side, with the difference (B − A)',
    'compare.left': 'A', 'compare.right': 'B', 'compare.swap': 'Swap A and B', 'compare.table': 'Units compared',
    'compare.heading': 'A: {a}  vs  B: {b}', 'compare.a': 'A', 'compare.b': 'B', 'compare.diff': 'B − A',
    'compare.onlyA': 'only in A', 'compare.onlyB': 'only in B', 'compare.totals': 'Total',
    'compare.noDocuments': 'No document loaded yet',
    'compare.note': 'Workload = 2 × lead credit + 1 × measures supported (lead credit: each measure led counts 1, split among its co-leads); a unit named on one side only counts 0 on the other.',
    'series.leads': 'Measures led', 'series.participations': 'Measures supported',
    'unit.rank': 'Rank', 'unit.measures.led': 'Measures led', 'unit.measures.supported': 'Measures supported',
    'unit.partners': 'Main partners', 'unit.shared': '{n} shared measures', 'unit.close': 'Close',
    'graph.title': 'Unit coordination network', 'graph.subtitle': 'Units linked by the measures they share; size is workload, colour is cluster',
    'graph.view': 'View', 'graph.view.units': 'Unit network', 'graph.view.bipartite': 'Measures–units',
    'graph.weighting': 'Edge weight', 'graph.weighting.inverse': 'Scaled by measure size', 'graph.weighting.count': 'Shared measures',
    'graph.minShared': 'Minimum shared measures', 'graph.hideUbiquitous': 'Hide ubiquitous units', 'graph.export': 'Export',
    'graph.legend': 'Clusters', 'graph.cluster': 'Cluster {n}', 'graph.stats': '{nodes} nodes · {edges} edges',
    'graph.hidden': 'Hidden: {names}', 'graph.modularity': 'Modularity {q}', 'graph.pick': 'Click a unit for its measures, an edge for the measures shared',
    'graph.shared.title': 'Measures shared by {a} and {b}', 'graph.needsDocument': 'The measures–units view shows the selected document',
    'graph.measure': 'Measure', 'graph.role.lead': 'leads', 'graph.role.participant': 'supports', 'graph.fit': 'Fit',
    'console.title': 'Cypher console', 'console.subtitle': 'Read-only: writes, LOAD CSV and administration commands are refused',
    'console.run': 'Run', 'console.shortcut': 'Ctrl+Enter to run', 'console.parameters': 'Parameters (JSON)',
    'console.examples': 'Examples', 'console.history': 'History', 'console.history.empty': 'No queries yet',
    'console.clearHistory': 'Clear', 'console.tab.table': 'Table', 'console.tab.graph': 'Graph', 'console.tab.plan': 'Plan',
    'console.download.csv': 'CSV', 'console.download.json': 'JSON', 'console.rows': '{n} rows · {ms} ms',
    'console.truncated': 'Result truncated to the first {n} rows', 'console.noRows': 'The query returned no rows',
    'console.running': 'Running…', 'console.badParameters': 'Parameters are not a JSON object',
    'console.at': 'line {line}, column {column}', 'console.estimated': 'Estimated rows',
    'console.ready': 'Write a query and press Ctrl+Enter',
    'console.schema': 'Schema', 'console.schema.hint': 'Click a name for a query; Ctrl+Space completes',
    'console.schema.labels': 'Node labels', 'console.schema.types': 'Relationship types', 'console.schema.keys': 'Property keys',
    'console.error.invalid': 'Cypher error', 'console.error.refused': 'Query refused: the console only reads',
    'console.error.timeout': 'Query timed out', 'console.error.busy': 'Too many queries at once; try again shortly',
    'console.failed': 'The query did not run: no result', 'console.plan.actual': 'rows {rows} · db hits {hits}',
    'kpi.documents': 'Plans', 'kpi.measures': 'Measures', 'kpi.units': 'Units', 'kpi.leads': 'Lead roles',
    'kpi.participations': 'Supporting roles',
    'error.load': 'Could not load data: ', 'common.loading': 'Loading…', 'common.none': 'None',
    'nav.upload': 'Documents',
    'measure.clause': 'Clause as written', 'col.number': 'No.', 'col.text': 'Measure', 'col.participants': 'Supporting units',
    'col.leadUnits': 'Lead units', 'col.collectives': 'Collectives', 'col.persons': 'Persons answerable',
    'col.deadline': 'Deadline', 'col.location': 'Place in file', 'col.title': 'Title', 'col.key': 'Key',
    'col.measures': 'Measures', 'col.loadedAt': 'Loaded', 'col.actions': 'Actions',
    'upload.title': 'Documents', 'upload.subtitle': 'Preview, load and delete implementation plans; writing needs the admin token',
    'upload.token': 'Admin token', 'upload.token.hint': 'Kept in this browser tab only (sessionStorage)',
    'upload.file': 'File (.txt .docx .pdf .xlsx)', 'upload.encoding': 'Encoding', 'upload.encoding.auto': 'Detect',
    'upload.force': 'Reload even if unchanged', 'upload.preview': 'Preview', 'upload.load': 'Load',
    'upload.pickFile': 'Choose a file first',
    'upload.figures': 'What the parser read', 'upload.sections': 'Sections', 'upload.measures': 'Measures',
    'upload.units': 'Units', 'upload.leads': 'Lead roles', 'upload.participations': 'Supporting roles',
    'upload.unassigned': 'No unit named', 'upload.warnings': 'Warnings', 'upload.noWarnings': 'No warnings',
    'upload.source': 'Text (normalised)', 'upload.unassignedTag': 'no unit',
    'upload.stored.new': 'New document: loading adds it',
    'upload.stored.unchanged': 'The same text is loaded: loading skips it (unless reload is ticked)',
    'upload.stored.revision': 'Another version is loaded: loading replaces it',
    'upload.loaded': 'Loaded {key}: {measures} measures', 'upload.skipped': '{key} is unchanged, skipped',
    'upload.documents': 'Loaded documents', 'upload.noDocuments': 'No document loaded yet', 'upload.delete': 'Delete',
    'upload.confirmDelete': 'Delete "{key}" with all its measures and responsibilities?', 'upload.deleted': 'Deleted {key}',
    'upload.error': 'Failed: ',
    'nav.checks': 'Plan check', 'check.title': 'Plan check', 'check.subtitle': 'What the plan\'s text says about who answers for what, how concentrated it is, and when it falls due',
    'check.minLeads': 'Co-leads threshold', 'check.k': 'Workload × median', 'check.asOf': 'As of',
    'check.unledMeasures': 'Measures without a lead unit', 'check.crowdedLeads': 'Measures with many co-leads',
    'check.supportOnlyUnits': 'Units that only support', 'check.workloadOutliers': 'Overloaded units',
    'check.concentration': 'Concentration of leads', 'check.coLeadPairs': 'Units often leading together',
    'check.overdue': 'Overdue measures', 'check.upcoming': 'Falling due soon', 'check.topShare': 'Top-5 lead share', 'check.gini': 'Workload Gini',
    'check.kind': 'Case', 'check.named': 'Named', 'check.share': 'Share taken part in', 'check.measures': 'Measures', 'check.ratio': '× median',
    'check.top': 'Units leading most', 'check.pair': 'Pair', 'check.shared': 'Led together', 'check.dueDate': 'Due',
    'check.timeline': 'Timeline', 'check.timeline.count': '{n} measures ({leads} led)',
    'gap.no-lead': 'supporting units only', 'gap.collective-only': 'collective phrases only', 'gap.unassigned': 'no one named',
    'due.ongoing': 'ongoing', 'due.unknown': 'no date fixed', 'due.undated': 'no deadline',
    'rule.unledMeasures': 'Measures no unit leads: units only support, only collective phrases such as 各有关部门 are named, or no one is.',
    'rule.crowdedLeads': 'Measures with {n} or more co-leads: shared leadership dilutes who answers.',
    'rule.supportOnlyUnits': 'Units that lead nothing in scope yet take part in {p}% or more of its measures.',
    'rule.workloadOutliers': 'Units whose workload is more than {k} × the median workload in scope ({median}).',
    'rule.concentration': 'Share of all lead roles held by the {top} units leading most, and the Gini coefficient of workload (0: even).',
    'rule.coLeadPairs': 'Pairs of units leading {n} or more measures together: candidates for a joint mechanism.',
    'rule.overdue': 'Measures due before {date} (from the text\'s deadlines; RespNet does not know what was done).',
    'rule.upcoming': 'Measures due from {date} to {days} days after.',
  },
};

export function lang() {
  const stored = localStorage.getItem(STORE_KEY);
  return stored === 'en' ? 'en' : 'zh';
}

/** Text for a key, with {name} placeholders filled from vars. */
export function t(key, vars = {}) {
  const text = DICT[lang()][key] ?? DICT.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in vars ? String(vars[name]) : `{${name}}`));
}

/** Fills every element carrying data-i18n (text) or data-i18n-title (tooltip). */
export function applyTranslations(root = document) {
  document.documentElement.lang = lang() === 'en' ? 'en' : 'zh-CN';
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
}

const listeners = [];

export function onLanguageChange(listener) {
  listeners.push(listener);
}

export function toggleLanguage() {
  localStorage.setItem(STORE_KEY, lang() === 'zh' ? 'en' : 'zh');
  applyTranslations();
  listeners.forEach((listener) => listener());
}

/** A unit kind's name in the active language, from the server's table (see kinds.js). */
export function kindLabel(kind) {
  if (!kind) return '';
  const row = KIND_TABLE.find((k) => k.kind === kind);
  return row ? row[lang()] : kind;
}

export const KINDS = KIND_TABLE.map((k) => k.kind);

/** Lets a page add its own keys (one file per page keeps the shared dictionary small and merges easy). */
export function addTranslations(extra) {
  Object.entries(extra).forEach(([language, entries]) => Object.assign(DICT[language], entries));
}
