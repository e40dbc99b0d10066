// Renders a console result three ways: a table, a graph of its nodes and relationships, and an EXPLAIN plan tree.
import { el } from './api.js';
import { t } from './i18n.js';
import { CLUSTER_COLOURS } from './graph-style.js';

/** A cell's text: graph elements briefly, other objects as JSON. */
export function cellText(value) {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return String(value);
  if (value._type === 'node') return `(:${value.labels.join(':')} ${JSON.stringify(value.properties)})`;
  if (value._type === 'relationship') return `[:${value.type} ${JSON.stringify(value.properties)}]`;
  return JSON.stringify(value);
}

/** What a table cell shows of a node, relationship or path: label and caption, not every property (the full
 *  value is the cell's tooltip, and in the JSON and CSV downloads). */
function compactText(value) {
  if (value._type === 'node') return `(:${value.labels.join(':')} ${caption(value)})`;
  if (value._type === 'relationship') return `[:${value.type}]`;
  if (value._type === 'path') {
    const hops = value.relationships.length;
    const ends = `(${caption(value.nodes[0])})-${hops === 1 ? `[:${value.relationships[0].type}]` : `[${hops}]`}->`
      + `(${caption(value.nodes[value.nodes.length - 1])})`;
    return ends;
  }
  return cellText(value);
}

/** onEntity(value) opens a node's or relationship's properties: by click, Enter or Space on its cell. */
export function renderTable(table, result, { onEntity } = {}) {
  table.tHead.replaceChildren(el('tr', {}, result.columns.map((c) => el('th', { scope: 'col' }, c))));
  table.tBodies[0].replaceChildren(...result.rows.map((row) => el('tr', {}, row.map((value) => {
    const entity = value && typeof value === 'object' && value._type;
    const opens = onEntity && (entity === 'node' || entity === 'relationship');
    return el('td', { class: entity ? `entity ${value._type}` : null, title: entity ? cellText(value) : null,
      tabindex: opens ? '0' : null, role: opens ? 'button' : null,
      onclick: opens ? () => onEntity(value) : null,
      onkeydown: opens ? (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onEntity(value); } } : null },
    entity ? compactText(value) : cellText(value));
  }))));
}

/** Every node and relationship anywhere in the rows, including inside paths and lists. */
export function graphElements(rows) {
  const nodes = new Map();
  const rels = new Map();
  const visit = (value) => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) { value.forEach(visit); return; }
    if (value._type === 'node') nodes.set(value.id, value);
    else if (value._type === 'relationship') rels.set(value.id, value);
    else if (value._type === 'path') { value.nodes.forEach(visit); value.relationships.forEach(visit); }
    else Object.values(value).forEach(visit);
  };
  rows.forEach(visit);
  return { nodes: [...nodes.values()], relationships: [...rels.values()].filter((r) => nodes.has(r.start) && nodes.has(r.end)) };
}

export function caption(node) {
  const p = node.properties;
  const text = p.name ?? p.title ?? (p.number !== undefined ? `${node.labels[0]} ${p.number}` : null) ?? p.key ?? node.labels[0];
  return String(text).length > 18 ? `${String(text).slice(0, 17)}…` : String(text);
}

const STYLE = [
  { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', width: 26, height: 26,
    'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, 'min-zoomed-font-size': 7,
    'font-family': '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif' } },
  { selector: 'edge', style: { width: 1.5, 'line-color': '#9aa5b4', 'target-arrow-color': '#9aa5b4',
    'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 8,
    color: '#8a9099', 'text-rotation': 'autorotate', 'min-zoomed-font-size': 12 } },
  { selector: ':selected', style: { 'border-width': 3, 'border-color': '#174a96', 'line-color': '#174a96',
    'target-arrow-color': '#174a96' } },
];

/** Label colours stay the same as a graph grows: one palette slot per label, in order of first sight. */
function colourOf(cy, label) {
  const labels = cy.scratch('labels') || [];
  if (!labels.includes(label)) labels.push(label);
  cy.scratch('labels', labels);
  return CLUSTER_COLOURS[labels.indexOf(label) % CLUSTER_COLOURS.length];
}

const nodeData = (cy, n) => ({ data: { id: n.id, label: caption(n), colour: colourOf(cy, n.labels[0]) } });
const edgeData = (r) => ({ data: { id: r.id, source: r.start, target: r.end, label: r.type } });

/** A graph of the nodes and relationships found; a tap selects (onSelect(id)), a double tap expands (onExpand(id)). */
export function renderGraph(container, found, { onSelect, onExpand } = {}) {
  const cy = cytoscape({
    container,
    style: STYLE,
    textureOnViewport: found.nodes.length > 300, hideEdgesOnViewport: found.nodes.length > 300,
    boxSelectionEnabled: false,
  });
  cy.add([...found.nodes.map((n) => nodeData(cy, n)), ...found.relationships.map(edgeData)]);
  cy.layout(found.nodes.length <= 300 ? { name: 'cose', animate: false, padding: 30, nodeRepulsion: () => 40000,
    idealEdgeLength: () => 120, nodeDimensionsIncludeLabels: true } : { name: 'grid' }).run();
  // a handful of nodes would otherwise be blown up to fill the panel
  if (cy.zoom() > 1.3) {
    cy.zoom(1.3);
    cy.center();
  }
  if (onSelect) cy.on('tap', 'node, edge', (e) => onSelect(e.target.id()));
  if (onExpand) cy.on('dbltap', 'node', (e) => onExpand(e.target.id()));
  return cy;
}

/** Adds a node's neighbours around it, leaving every node already drawn where it is; returns how many were new. */
export function addNeighbours(cy, centreId, nodes, relationships, page = 0) {
  const centre = cy.getElementById(centreId);
  const fresh = nodes.filter((n) => cy.getElementById(n.id).empty());
  const at = centre.nonempty() ? centre.position() : { x: 0, y: 0 };
  const radius = 90 + fresh.length * 6;
  const offset = page * 0.7; // successive pages of one node do not land on each other
  cy.add(fresh.map((n, i) => ({ ...nodeData(cy, n), position: { x: at.x + radius * Math.cos(offset + (2 * Math.PI * i) / fresh.length),
    y: at.y + radius * Math.sin(offset + (2 * Math.PI * i) / fresh.length) } })));
  const newEdges = relationships.filter((r) => cy.getElementById(r.id).empty()
    && cy.getElementById(r.start).nonempty() && cy.getElementById(r.end).nonempty());
  cy.add(newEdges.map(edgeData));
  cy.fit(undefined, 20);
  if (cy.zoom() > 1.3) { cy.zoom(1.3); cy.center(); }
  return { nodes: fresh.length, relationships: newEdges.length };
}

export function resizeGraph(cy) {
  if (cy) {
    cy.resize();
    cy.fit(undefined, 20);
    if (cy.zoom() > 1.3) { cy.zoom(1.3); cy.center(); }
  }
}

export function renderPlan(container, plan) {
  const node = (p) => el('li', {},
    el('span', { class: 'op' }, el('b', {}, p.operator), p.details ? el('code', {}, p.details) : null,
      el('span', { class: 'rows' }, `${t('console.estimated')} ${Math.round((p.estimatedRows ?? 0) * 10) / 10}`
        + (p.rows !== null && p.rows !== undefined ? ` · ${t('console.plan.actual', { rows: p.rows, hits: p.dbHits })}` : ''))),
    p.children.length ? el('ul', {}, p.children.map(node)) : null);
  container.replaceChildren(plan ? el('ul', { class: 'plan-tree' }, node(plan)) : el('p', { class: 'empty' }, t('common.none')));
}

// A text cell starting with = + - @, a tab or a carriage return would run as a formula in a spreadsheet: it gets a
// leading ' (OWASP's advice against CSV injection), as the server's CSV does. Numbers stay numbers.
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(result) {
  const quote = (text) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const cell = (v) => {
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    const text = v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v ?? '');
    return quote(FORMULA_START.test(text) ? `'${text}` : text);
  };
  const lines = [result.columns.map(cell).join(','), ...result.rows.map((row) => row.map(cell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
