// The console's stack of result frames, as in Neo4j Browser: each run adds a frame on top with its own query, time,
// views, error and property panel, so an error never sits over an earlier result as if that were current.
import { ApiError, download, el, postJson } from './api.js';
import { lang, t } from './i18n.js';
import './console-i18n.js';
import {
  addNeighbours, caption, graphElements, renderGraph, renderPlan, renderTable, resizeGraph, toCsv,
} from './console-results.js';

/** Frames kept; older ones are dropped with their graphs, so a long session's memory stays bounded. */
export const MAX_FRAMES = 10;
/** Neighbours added per expand; the server allows up to 100. */
export const EXPAND_PAGE = 25;
/** Buttons in a graph's keyboard list of nodes. */
const NODE_LIST_CAP = 200;
/** List items a property shows before "n more" (the whole list is the tooltip). */
const LIST_SHOWN = 12;

// The server's problem titles in the active language; its own title and Neo4j's message stay beside them.
const ERROR_SUMMARIES = { 400: 'console.error.invalid', 403: 'console.error.refused', 422: 'console.error.timeout',
  429: 'console.error.busy' };

const frames = []; // newest first
let serial = 0;
let box;
let emptyNote;

/** Where frames go, and what the page does on "run again" and "copy to editor". */
let hooks = { rerun: () => {}, edit: () => {}, focusEditor: () => {} };

export function installFrames(container, empty, pageHooks) {
  box = container;
  emptyNote = empty;
  hooks = pageHooks;
}

const time = (date) => date.toLocaleTimeString(lang() === 'en' ? 'en-GB' : 'zh-CN', { hour12: false });

function span(key, vars) {
  return vars ? el('span', {}, t(key, vars)) : el('span', { dataset: { i18n: key } }, t(key));
}

/** A property value compactly: lists as [a, b, …] cut after LIST_SHOWN items, maps as JSON. */
function compactValue(value) {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const shown = value.slice(0, LIST_SHOWN).map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)));
    const rest = value.length - shown.length;
    return `[${shown.join(', ')}${rest > 0 ? `, … ${t('console.inspector.listMore', { n: rest })}` : ''}]`;
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

class Frame {
  constructor(query, parameters) {
    serial += 1;
    this.serial = serial;
    this.query = query;
    this.parameters = parameters;
    this.startedAt = new Date();
    this.state = 'running';
    this.result = null;
    this.error = null;
    this.cy = null;
    this.nodes = new Map();
    this.relationships = new Map();
    this.shown = new Map(); // node id -> neighbours added so far by expanding it
    this.totals = new Map(); // node id -> all its relationships, from the server
    this.selected = null; // { kind, id }
    this.expanding = null;
    this.expandError = null;
    this.build();
  }

  build() {
    const id = `frame-${this.serial}`;
    const button = (cls, key, onclick, symbol) => el('button', { type: 'button', class: `btn btn-small ${cls}`,
      onclick, dataset: { i18nTitle: key }, title: t(key), 'aria-label': t(key) }, symbol);
    this.toggleButton = el('button', { type: 'button', class: 'frame-toggle', 'aria-expanded': 'true',
      'aria-controls': `${id}-body`, onclick: () => this.toggle() }, '▾');
    this.age = el('span', { class: 'frame-age' });
    this.meta = el('span', { class: 'frame-meta' });
    this.head = el('header', { class: 'frame-head' }, this.toggleButton, this.age,
      el('code', { class: 'frame-query', id: `${id}-title`, title: this.query }, this.query.replace(/\s+/g, ' ').trim()),
      this.meta,
      button('frame-edit', 'console.frame.edit', () => hooks.edit(this.query, this.parameters), '✎'),
      button('frame-rerun', 'console.frame.rerun', () => hooks.rerun(this.query, this.parameters), '↻'),
      button('frame-close', 'console.frame.close', () => closeFrame(this), '✕'));
    this.tabs = el('div', { class: 'segmented frame-tabs', role: 'group' }, ['table', 'graph', 'plan'].map((tab) =>
      el('button', { type: 'button', dataset: { tab }, disabled: true, onclick: () => this.showTab(tab) },
        span(`console.tab.${tab}`))));
    this.truncated = el('span', { class: 'hint frame-truncated' });
    this.csv = el('button', { type: 'button', class: 'btn btn-small download-csv', disabled: true,
      onclick: () => download('respnet-query.csv', 'text/csv;charset=utf-8', toCsv(this.result)) }, span('console.download.csv'));
    this.json = el('button', { type: 'button', class: 'btn btn-small download-json', disabled: true,
      onclick: () => download('respnet-query.json', 'application/json', JSON.stringify(this.result, null, 2)) },
    span('console.download.json'));
    this.errorBox = el('div', { class: 'alert query-error', role: 'alert', hidden: true });
    this.table = el('table', { class: 'data result-table' }, el('thead'), el('tbody'));
    this.empty = el('p', { class: 'empty result-empty', dataset: { i18n: 'console.running' } }, t('console.running'));
    this.graphBox = el('div', { class: 'result-graph', role: 'img', dataset: { i18nTitle: 'console.graph.hint' },
      title: t('console.graph.hint'), 'aria-label': t('console.graph.hint') });
    this.nodeList = el('details', { class: 'graph-nodes' });
    this.plan = el('div', { class: 'plan' });
    this.views = {
      table: el('div', { class: 'tab tab-table' }, el('div', { class: 'table-wrap' }, this.table), this.empty),
      graph: el('div', { class: 'tab tab-graph', hidden: true }, this.graphBox,
        el('p', { class: 'hint graph-hint', dataset: { i18n: 'console.graph.hint' } }, t('console.graph.hint')), this.nodeList),
      plan: el('div', { class: 'tab tab-plan', hidden: true }, this.plan),
    };
    this.inspector = el('aside', { class: 'inspector', hidden: true, tabindex: '-1',
      onkeydown: (e) => { if (e.key === 'Escape') this.select(null); } });
    this.layout = el('div', { class: 'frame-views' }, el('div', { class: 'frame-view' }, Object.values(this.views)),
      this.inspector);
    this.body = el('div', { class: 'frame-body', id: `${id}-body` },
      el('div', { class: 'frame-bar' }, this.tabs, this.truncated, el('span', { class: 'spacer' }), this.csv, this.json),
      this.errorBox, this.layout);
    this.element = el('article', { class: 'card frame', id, 'aria-labelledby': `${id}-title`,
      dataset: { frame: String(this.serial), state: 'running' } }, this.head, this.body);
    this.translate();
  }

  tab(name) {
    return this.tabs.querySelector(`[data-tab=${name}]`);
  }

  showResult(result) {
    this.state = 'done';
    this.result = result;
    this.element.dataset.state = 'done';
    this.found = graphElements(result.rows);
    this.found.nodes.forEach((n) => this.nodes.set(n.id, n));
    this.collectRelationships(result.rows);
    renderTable(this.table, result, { onEntity: (value) => this.select({ kind: value._type, id: value.id }) });
    this.empty.hidden = result.rows.length > 0 || Boolean(result.plan);
    this.empty.dataset.i18n = 'console.noRows';
    this.csv.disabled = false;
    this.json.disabled = false;
    this.tab('table').disabled = false;
    this.tab('graph').disabled = this.found.nodes.length === 0;
    this.tab('plan').disabled = !result.plan;
    renderPlan(this.plan, result.plan);
    if (result.plan) this.showTab('plan');
    else if (this.found.nodes.length && this.found.relationships.length) this.showTab('graph');
    else this.showTab('table');
    this.translate();
  }

  /** Relationships anywhere in the rows, also those whose ends the result does not hold (the panel shows them). */
  collectRelationships(rows) {
    const visit = (value) => {
      if (!value || typeof value !== 'object') return;
      if (Array.isArray(value)) value.forEach(visit);
      else if (value._type === 'relationship') this.relationships.set(value.id, value);
      else if (value._type === 'node') this.nodes.set(value.id, value);
      else if (value._type === 'path') { value.nodes.forEach(visit); value.relationships.forEach(visit); }
      else Object.values(value).forEach(visit);
    };
    rows.forEach(visit);
  }

  /** The frame of a query that did not run: its error only, no result views to mistake for current. */
  showError(error) {
    this.state = 'failed';
    this.error = error;
    this.element.dataset.state = 'failed';
    this.empty.hidden = false;
    this.empty.dataset.i18n = 'console.failed';
    this.errorBox.hidden = false;
    this.showTab('table');
    this.translate();
  }

  showTab(name) {
    this.tabs.querySelectorAll('button').forEach((b) => {
      b.classList.toggle('active', b.dataset.tab === name);
      b.setAttribute('aria-pressed', String(b.dataset.tab === name));
    });
    Object.entries(this.views).forEach(([tab, view]) => { view.hidden = tab !== name; });
    if (name === 'graph') {
      this.ensureGraph();
      resizeGraph(this.cy);
    }
  }

  ensureGraph() {
    if (this.cy) return;
    this.cy = renderGraph(this.graphBox, this.found, {
      onSelect: (id) => this.select({ kind: this.nodes.has(id) ? 'node' : 'relationship', id }),
      onExpand: (id) => this.expand(id),
    });
    this.element.respnetGraph = this.cy;
    if (frames[0] === this) window.respnetResultGraph = this.cy;
    this.renderNodeList();
  }

  renderNodeList() {
    if (!this.cy) return;
    const ids = this.cy.nodes().map((n) => n.id());
    const shown = ids.slice(0, NODE_LIST_CAP);
    this.nodeList.replaceChildren(el('summary', {}, t('console.graph.list', { n: ids.length })),
      el('ul', {}, shown.map((id) => el('li', {}, el('button', { type: 'button', class: 'node-chip', dataset: { id },
        onclick: () => this.select({ kind: 'node', id }) }, caption(this.nodes.get(id)))))),
      ids.length > shown.length ? el('p', { class: 'hint' }, t('console.inspector.listMore', { n: ids.length - shown.length })) : null);
  }

  /** Opens the property panel on a node or relationship of this frame; null closes it. */
  select(selection) {
    this.selected = selection;
    this.expandError = null;
    if (this.cy) {
      this.cy.elements().unselect();
      if (selection) this.cy.getElementById(selection.id).select();
    }
    this.renderInspector();
    if (!this.inspector.hidden) this.inspector.querySelector('h3').focus();
  }

  renderInspector() {
    const selection = this.selected;
    const value = selection && (selection.kind === 'node' ? this.nodes.get(selection.id) : this.relationships.get(selection.id));
    const resized = this.inspector.hidden === Boolean(value);
    this.inspector.hidden = !value;
    this.layout.classList.toggle('with-inspector', Boolean(value));
    // cytoscape does not notice its box narrowing for the panel (clicks would land beside the nodes), and the nodes
    // drawn under the panel's place would be hidden; a refit only when the panel comes or goes, not on every click
    if (resized && this.cy) resizeGraph(this.cy);
    if (!value) {
      this.inspector.replaceChildren();
      return;
    }
    this.inspector.dataset.kind = selection.kind;
    this.inspector.dataset.id = value.id;
    const properties = Object.keys(value.properties).sort();
    const endpoint = (nodeId) => (this.nodes.has(nodeId)
      ? el('button', { type: 'button', class: 'link', onclick: () => this.select({ kind: 'node', id: nodeId }) },
        `(:${this.nodes.get(nodeId).labels.join(':')} ${caption(this.nodes.get(nodeId))})`)
      : el('code', {}, nodeId));
    const facts = selection.kind === 'node'
      ? [el('dt', {}, t('console.inspector.labels')), el('dd', { class: 'labels' },
        value.labels.map((l) => el('span', { class: 'label-chip' }, l)))]
      : [el('dt', {}, t('console.inspector.type')), el('dd', { class: 'type' }, value.type),
        el('dt', {}, t('console.inspector.from')), el('dd', { class: 'from' }, endpoint(value.start)),
        el('dt', {}, t('console.inspector.to')), el('dd', { class: 'to' }, endpoint(value.end))];
    this.inspector.replaceChildren(
      el('div', { class: 'inspector-head' },
        el('h3', { tabindex: '-1' }, t(selection.kind === 'node' ? 'console.inspector.node' : 'console.inspector.relationship')),
        el('button', { type: 'button', class: 'btn btn-small inspector-close', title: t('console.inspector.close'),
          'aria-label': t('console.inspector.close'), onclick: () => this.select(null) }, '✕')),
      el('dl', { class: 'inspector-facts' }, facts, el('dt', {}, t('console.inspector.id')),
        el('dd', {}, el('code', { class: 'element-id' }, value.id))),
      el('h4', {}, t('console.inspector.properties', { n: properties.length })),
      properties.length
        ? el('dl', { class: 'inspector-properties' }, properties.flatMap((key) => [el('dt', {}, key),
          el('dd', { dataset: { key, value: JSON.stringify(value.properties[key]) },
            title: Array.isArray(value.properties[key]) ? JSON.stringify(value.properties[key]) : null },
          compactValue(value.properties[key]))]))
        : el('p', { class: 'hint' }, t('console.inspector.noProperties')),
      selection.kind === 'node' ? this.expandControls(value.id) : null);
  }

  expandControls(id) {
    const shown = this.shown.get(id);
    const total = this.totals.get(id);
    const done = total !== undefined && shown >= total;
    const more = total === undefined ? 0 : total - shown;
    let note = '';
    if (this.expanding === id) note = t('console.inspector.expanding');
    else if (this.expandError) note = this.expandError.message;
    else if (done) note = t('console.inspector.allShown', { total });
    else if (total !== undefined) {
      note = t('console.inspector.expanded', { shown, total, more });
    }
    return el('div', { class: 'inspector-expand' },
      el('button', { type: 'button', class: 'btn btn-small btn-primary expand', disabled: done || this.expanding !== null,
        onclick: () => this.expand(id) },
      total === undefined || done ? t('console.inspector.expand')
        : t('console.inspector.expandMore', { n: Math.min(EXPAND_PAGE, more) })),
      el('p', { class: `hint expand-note${this.expandError ? ' failed' : ''}`, 'aria-live': 'polite',
        dataset: { shown: shown ?? '', total: total ?? '', more: String(more > 0) } }, note));
  }

  /** Adds the next page of a node's neighbours to this frame's graph, read by element id (a parameter). */
  async expand(id) {
    if (this.expanding !== null || !this.nodes.has(id)) return;
    const skip = this.shown.get(id) ?? 0;
    if (this.totals.has(id) && skip >= this.totals.get(id)) return;
    this.expanding = id;
    this.expandError = null;
    this.selected = { kind: 'node', id };
    this.renderInspector();
    try {
      const answer = await postJson('/api/v1/cypher/expand', { id, skip, limit: EXPAND_PAGE });
      this.nodes.set(id, answer.node);
      answer.neighbours.forEach(({ relationship, node }) => {
        this.nodes.set(node.id, node);
        this.relationships.set(relationship.id, relationship);
      });
      this.shown.set(id, skip + answer.neighbours.length);
      this.totals.set(id, answer.total);
      this.showTab('graph');
      addNeighbours(this.cy, id, answer.neighbours.map((x) => x.node), answer.neighbours.map((x) => x.relationship),
        Math.floor(skip / EXPAND_PAGE));
      this.cy.getElementById(id).select();
      this.renderNodeList();
    } catch (error) {
      this.expandError = error instanceof ApiError ? error : new Error(String(error.message || error));
    } finally {
      this.expanding = null;
      this.renderInspector();
    }
  }

  toggle() {
    const open = this.body.hidden;
    this.body.hidden = !open;
    this.element.dataset.collapsed = String(!open);
    this.toggleButton.setAttribute('aria-expanded', String(open));
    this.toggleButton.textContent = open ? '▾' : '▸';
    this.translate();
    if (open && this.cy && !this.views.graph.hidden) resizeGraph(this.cy);
  }

  /** Texts with figures in them; the rest carry data-i18n and follow the language by themselves. */
  translate() {
    const latest = frames[0] === this;
    this.age.textContent = t(latest ? 'console.frame.latest' : 'console.frame.earlier');
    this.element.classList.toggle('earlier', !latest);
    this.element.dataset.age = latest ? 'latest' : 'earlier';
    const at = time(this.startedAt);
    if (this.state === 'done') {
      this.meta.textContent = t('console.frame.meta', { time: at, n: this.result.rows.length, ms: this.result.elapsedMs });
    } else {
      this.meta.textContent = t(this.state === 'failed' ? 'console.frame.failedAt' : 'console.frame.running', { time: at });
    }
    this.toggleButton.title = t(this.body.hidden ? 'console.frame.expand' : 'console.frame.collapse');
    this.toggleButton.setAttribute('aria-label', this.toggleButton.title);
    // icon buttons: their name is the label, which the page-wide translation (titles only) does not reach
    this.head.querySelectorAll('[data-i18n-title]').forEach((b) => {
      b.title = t(b.dataset.i18nTitle);
      b.setAttribute('aria-label', b.title);
    });
    this.truncated.textContent = this.result?.truncated ? t('console.truncated', { n: this.result.rows.length }) : '';
    this.empty.textContent = t(this.empty.dataset.i18n);
    if (this.error) this.renderError();
    if (this.cy) this.renderNodeList();
    if (this.selected) this.renderInspector();
  }

  renderError() {
    const error = this.error;
    const problem = error instanceof ApiError ? error.problem : { title: 'Error', detail: error.message };
    const where = problem.line ? ` — ${t('console.at', { line: problem.line, column: problem.column })}` : '';
    const summary = error instanceof ApiError && ERROR_SUMMARIES[error.status]
      ? [t(ERROR_SUMMARIES[error.status]), problem.title].filter((x, i, all) => i === 0 || !all[0].includes(x)).join(' · ')
      : problem.title || '';
    this.errorBox.replaceChildren(el('b', {}, `${summary}${where}`), problem.detail || '');
  }

  destroy() {
    if (this.cy) this.cy.destroy();
    this.cy = null;
    this.element.remove();
  }
}

function relabel() {
  frames.forEach((f) => f.translate());
  emptyNote.hidden = frames.length > 0;
  window.respnetResultGraph = frames[0]?.cy ?? null;
}

/** A new frame on top for a query about to run; the oldest goes when there are more than MAX_FRAMES. */
export function pushFrame(query, parameters) {
  const frame = new Frame(query, parameters);
  frames.unshift(frame);
  box.prepend(frame.element);
  while (frames.length > MAX_FRAMES) frames.pop().destroy();
  relabel();
  return frame;
}

function closeFrame(frame) {
  const at = frames.indexOf(frame);
  if (at < 0) return;
  frames.splice(at, 1);
  frame.destroy();
  relabel();
  // keyboard users land on the next frame's first button, or back in the editor
  const next = frames[Math.min(at, frames.length - 1)];
  if (next) next.toggleButton.focus(); else hooks.focusEditor();
}

export function translateFrames() {
  frames.forEach((f) => f.translate());
}
