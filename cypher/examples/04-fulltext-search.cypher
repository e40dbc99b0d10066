// zh: 全文检索任务内容（中文分词索引 measure_text），例如“志愿服务”
// en: Full-text search of measure texts with the CJK index measure_text, e.g. 志愿服务 (volunteering)
CALL db.index.fulltext.queryNodes('measure_text', '志愿服务') YIELD node, score
RETURN node.document AS document, node.number AS number, node.text AS measure, round(score, 2) AS score
ORDER BY score DESC
LIMIT 20
