// The console's schema panel (labels, relationship types, property keys, with counts) and editor completion from it,
// as Neo4j Browser offers: a click on a name writes a starting query, Ctrl+Space (or typing : or .) completes.
import { el, getJson } from './api.js';
import { t } from './i18n.js';

const KEYWORDS = ['MATCH', 'OPTIONAL MATCH', 'WHERE', 'RETURN', 'WITH', 'ORDER BY', 'LIMIT', 'SKIP', 'DISTINCT',
  'UNWIND', 'AS', 'AND', 'OR', 'NOT', 'IN', 'IS NULL', 'IS NOT NULL', 'CONTAINS', 'STARTS WITH', 'ENDS WITH',
  'COUNT', 'collect', 'count', 'sum', 'avg', 'min', 'max', 'size', 'labels', 'type', 'keys', 'properties',
  'coalesce', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'EXPLAIN', 'PROFILE', 'CALL', 'YIELD', 'UNION', 'EXISTS',
  'DESC', 'ASC'];

const schema = { labels: [], relationshipTypes: [], propertyKeys: [] };

function item(name, count, onclick, cls) {
  return el('li', {}, el('button', { type: 'button', class: `schema-item ${cls}`, title: name, onclick },
    el('span', { class: 'schema-name' }, name), count === undefined ? null : el('small', {}, count.toLocaleString())));
}

function group(titleKey, items, open) {
  return el('details', { class: 'schema-group', open }, el('summary', {}, `${t(titleKey)} (${items.length})`),
    el('ul', { class: 'schema-list' }, items));
}

/** Draws the panel; each click writes a query (labels, types) or inserts the name (property keys). */
export async function renderSchema(box, editor, { onQuery }) {
  try {
    Object.assign(schema, await getJson('/api/v1/cypher/schema'));
  } catch (error) {
    box.replaceChildren(el('p', { class: 'empty' }, t('error.load') + error.message));
    return;
  }
  const ident = (name) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``);
  box.replaceChildren(
    group('console.schema.labels', schema.labels.map((l) => item(l.name, l.count,
      () => onQuery(`MATCH (n:${ident(l.name)})\nRETURN n\nLIMIT 25`), 'label')), true),
    group('console.schema.types', schema.relationshipTypes.map((r) => item(r.name, r.count,
      () => onQuery(`MATCH p = ()-[:${ident(r.name)}]->()\nRETURN p\nLIMIT 25`), 'type')), true),
    group('console.schema.keys', schema.propertyKeys.map((k) => item(k, undefined, () => {
      editor.replaceSelection(ident(k));
      editor.focus();
    }, 'key')), false),
    el('p', { class: 'hint schema-hint' }, t('console.schema.hint')));
}

/** Words for the token at the cursor: names after ':' , property keys after '.', else everything. */
function hint(cm, explicit = true) {
  const cursor = cm.getCursor();
  const line = cm.getLine(cursor.line);
  let start = cursor.ch;
  while (start > 0 && /[\w\u4e00-\u9fff]/.test(line.charAt(start - 1))) start -= 1;
  const prefix = line.slice(start, cursor.ch).toLowerCase();
  const before = line.charAt(start - 1);
  let words;
  if (before === ':') {
    words = [...schema.labels.map((l) => l.name), ...schema.relationshipTypes.map((r) => r.name)];
  } else if (before === '.') {
    words = schema.propertyKeys;
  } else if (!explicit) {
    words = []; // opened by ':' or '.', and the name has ended: close
  } else {
    words = [...KEYWORDS, ...schema.labels.map((l) => l.name), ...schema.relationshipTypes.map((r) => r.name),
      ...schema.propertyKeys];
  }
  const list = [...new Set(words)].filter((w) => w.toLowerCase().startsWith(prefix) && w.toLowerCase() !== prefix);
  return { list, from: CodeMirror.Pos(cursor.line, start), to: CodeMirror.Pos(cursor.line, cursor.ch) };
}

export function installCompletion(editor) {
  editor.setOption('extraKeys', { ...editor.getOption('extraKeys'),
    'Ctrl-Space': (cm) => cm.showHint({ hint: (c) => hint(c, true), completeSingle: false }) });
  // opened by itself only after ':' and '.' outside strings and comments, where a name is expected; elsewhere
  // Ctrl+Space, so typing keywords is never interrupted
  editor.on('inputRead', (cm, change) => {
    const typed = change.text.join('');
    const token = cm.getTokenAt(cm.getCursor());
    if ((typed === ':' || typed === '.') && !/string|comment/.test(token.type || '')) {
      cm.showHint({ hint: (c) => hint(c, false), completeSingle: false });
    }
  });
}
