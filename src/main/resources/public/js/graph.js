// Leaders' page: who must coordinate with whom. The default picture leaves out the ubiquitous units and keeps each
// unit's strongest ties (the server decides from the data and says what it left out); a focus view shows one unit's
// partners; every view is in the URL, and the briefing export carries title, scope, legend, caption and date.
import { download, el, getJson } from './api.js';
import { fillDocuments, fillSections, loadDocuments } from './filters.js';
import './graph-i18n.js';
import { onLanguageChange, t } from './i18n.js';
import { renderShell } from './shell.js';
import { showMeasure, showPlaceholder, showSharedMeasures, showUnit } from './graph-details.js';
import { clusterColour, focusLayout, initialPositions, layoutFor, rendererOptions, separateLabels, STYLE, toElements }
  from './graph-style.js';
import { briefingPng, briefingSvg, fillPrintBlock } from './briefing.js';
import { toSvg } from './svg-export.js';
import { focusList } from './graph-focus.js';

const $ = (id) => document.getElementById(id);
const DEFAULTS = { view: 'units', document: '', section: '', weighting: 'inverse', perUnit: '3', ubiquitous: false,
  focus: '', steps: '1' };
const state = { ...DEFAULTS, documents: [], data: null, mode: 'picture' };
const FOCUS_COLOURS = { focus: '#1f2329', 1: '#1f5fbf', 2: '#9aa5b4' };
let cy;

function createGraph(nodeCount) {
  if (cy) cy.destroy();
  cy = cytoscape({ container: $('cy'), style: STYLE, minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.3,
    ...rendererOptions(nodeCount) });
  window.respnetGraph = cy;
  cy.on('mouseover', 'node', (event) => hover(event.target, event.renderedPosition));
  cy.on('mouseover', 'edge', (event) => hover(event.target, event.renderedPosition));
  cy.on('mouseout', 'node, edge', () => { $('tooltip').hidden = true; cy.elements().removeClass('faded highlight'); });
  cy.on('tap', 'node', (event) => selectNode(event.target));
  cy.on('tap', 'edge', (event) => selectEdge(event.target));
  cy.on('dbltap', 'node', (event) => { if (event.target.data('type') !== 'measure') focusOn(event.target.id()); });
  cy.on('tap', (event) => { if (event.target === cy) showSide(); });
}

/** Draws a graph in the API's shape; exposed so a test can time a synthetic network of 2,000 units. */
export function render(data, mode = 'picture') {
  state.data = data;
  state.mode = mode;
  const nodeCount = data.nodes.length;
  createGraph(nodeCount);
  cy.add(toElements(data));
  if (mode === 'focus') {
    cy.layout(focusLayout()).run();
  } else {
    const start = initialPositions(data.nodes);
    cy.nodes().forEach((n) => { if (start[n.id()]) n.position(start[n.id()]); });
    cy.layout(layoutFor(nodeCount, mode === 'bipartite')).run();
  }
  separateLabels(cy);
  renderNote();
  cy.resize();
  cy.fit(undefined, 30);
  $('cy').dataset.nodes = String(cy.nodes().length);
  $('cy').dataset.edges = String(cy.edges().length);
  renderLegend();
  renderStats();
  document.body.dataset.ready = 'true';
  return cy;
}
window.respnetRenderGraph = (data) => render(data, 'picture');

function hover(target, at) {
  const d = target.data();
  const tip = $('tooltip');
  const line = (text) => el('div', {}, text);
  if (target.isNode()) {
    target.closedNeighborhood().addClass('highlight');
    cy.elements().not(target.closedNeighborhood()).addClass('faded');
    tip.replaceChildren(el('b', {}, d.type === 'measure' ? d.label : d.id),
      d.type === 'measure' || d.leads === undefined ? null
        : line(`${t('col.leads')} ${d.leads} · ${t('col.participations')} ${d.participations} · ${t('col.workload')} ${Math.round(d.workload * 10) / 10}`));
  } else {
    tip.replaceChildren(el('b', {}, `${d.source} — ${d.target}`),
      d.role ? line(t(d.role === 'lead' ? 'graph.role.lead' : 'graph.role.participant'))
        : line(`${t('unit.shared', { n: d.measures })} · w=${Math.round(d.weight * 100) / 100}`));
  }
  if (!at) at = target.isNode() ? target.renderedPosition() : target.renderedMidpoint();
  tip.hidden = false;
  tip.style.left = `${at.x + 14}px`;
  tip.style.top = `${at.y + 14}px`;
}

function focusButton(name) {
  return el('button', { type: 'button', class: 'btn btn-small focus-go', onclick: () => focusOn(name) },
    t('graph.focus.go'));
}

async function selectNode(node) {
  if (node.data('type') === 'measure') {
    const id = node.id();
    const cut = id.lastIndexOf('#');
    showMeasure($('details'), id.slice(0, cut), id.slice(cut + 1));
  } else {
    await showUnit($('details'), node.id(), state.document || undefined);
    if (node.id() !== state.focus) $('details').prepend(focusButton(node.id()));
  }
}

function selectEdge(edge) {
  const { source, target } = edge.data();
  if (state.mode === 'bipartite') {
    selectNode(cy.getElementById(target));
  } else {
    showSharedMeasures($('details'), source, target, state.document || undefined);
  }
}

/** The side panel's resting state: the focus list in the focus view, a hint otherwise. */
function showSide() {
  if (state.mode === 'focus' && state.data) {
    $('details').replaceChildren(...focusList(state.data.focus, { onFocus: focusOn, document: state.document }));
  } else {
    showPlaceholder($('details'));
  }
}

function legendItems() {
  const data = state.data;
  if (state.mode === 'focus') {
    return [{ colour: FOCUS_COLOURS.focus, text: data.focus.unit },
      { colour: FOCUS_COLOURS[1], text: t('graph.focus.step1') },
      ...(data.focus.secondStep.length ? [{ colour: FOCUS_COLOURS[2], text: t('graph.focus.step2') }] : [])];
  }
  const groups = (data.groups || []).filter((g) => g.size > 0).map((g) => ({
    colour: clusterColour(g.id),
    text: g.size <= g.leading.length ? t('graph.group.one', { names: g.leading.join('、') })
      : t('graph.group', { names: g.leading.join('、'), n: g.size, rest: g.size - g.leading.length }),
  }));
  const loose = data.nodes.filter((n) => n.type !== 'measure' && (n.cluster === null || n.cluster === undefined));
  if (state.mode === 'picture' && loose.length) {
    groups.push({ colour: clusterColour(null), text: t('graph.group.none', { names: loose.map((n) => n.id).join('、') }) });
  }
  return groups;
}

function modularityLines() {
  const data = state.data;
  if (state.mode !== 'picture' || typeof data.modularity !== 'number') return [];
  return [`${t('graph.modularity.value', { q: data.modularity.toFixed(3) })}${t('graph.modularity.sep')}`
    + t(data.weakStructure ? 'graph.modularity.weak' : 'graph.modularity.ok', { limit: '0.3' })];
}

function renderLegend() {
  const items = legendItems().map((item) => {
    const swatch = el('span', { class: 'swatch' });
    swatch.style.background = item.colour;
    return el('li', {}, swatch, el('span', { class: 'group-name' }, item.text));
  });
  $('legend').replaceChildren(...items);
  $('legend-title').textContent = state.mode === 'focus' ? t('graph.focus') : t('graph.legend');
  $('modularity').replaceChildren(...modularityLines().map((line, i) => el('span',
    { class: state.data.weakStructure ? 'stat-line weak' : 'stat-line' }, line)));
  $('legend').parentElement.hidden = items.length === 0;
}

function renderStats() {
  $('graph-stats').textContent = t('graph.stats', { nodes: cy.nodes().length, edges: cy.edges().length });
}

/** What the picture leaves out, as sentences (shared by the note on the page and the briefing caption). */
function captionLines() {
  const data = state.data;
  if (state.mode === 'focus') {
    const f = data.focus;
    return [t('graph.focus.count', { total: f.partnersInScope, shown: f.partners.length })];
  }
  if (state.mode !== 'picture' || !data.hiddenUnits) return [];
  const lines = [];
  if (data.hiddenUnits.length) {
    lines.push(t('graph.note.hidden', { n: data.hiddenUnits.length, pct: Math.round(data.ubiquityShare * 100) })
      + data.hiddenUnits.map((u) => u.name).join('、'));
  }
  if (data.tiesHidden > 0) {
    lines.push(t('graph.note.ties', { hidden: data.tiesHidden, total: data.tiesInScope, per: data.perUnit }));
  }
  if (data.unitsNotDrawn > 0) lines.push(t('graph.note.units', { n: data.unitsNotDrawn }));
  return lines;
}

function renderNote() {
  const note = $('picture-note');
  const data = state.data;
  const parts = [];
  if (state.mode === 'focus') {
    parts.push(el('p', {}, el('b', {}, t('graph.focus.title', { unit: data.focus.unit })), ' ', captionLines()[0], ' ',
      el('button', { type: 'button', class: 'link-button', id: 'focus-clear', onclick: () => focusOn('') },
        t('graph.focus.clear'))));
  } else if (state.mode === 'picture' && data.hiddenUnits) {
    if (data.hiddenUnits.length) {
      parts.push(el('p', { id: 'note-hidden' },
        t('graph.note.hidden', { n: data.hiddenUnits.length, pct: Math.round(data.ubiquityShare * 100) }),
        ...data.hiddenUnits.flatMap((u, i) => [i ? '、' : '', el('button', { type: 'button', class: 'link-button',
          title: t('graph.focus.go'), onclick: () => focusOn(u.name) }, u.name)]),
        ' ', el('button', { type: 'button', class: 'link-button strong', onclick: () => set({ ubiquitous: true }) },
          t('graph.note.show'))));
    }
    if (data.tiesHidden > 0) {
      parts.push(el('p', { id: 'note-ties' },
        t('graph.note.ties', { hidden: data.tiesHidden, total: data.tiesInScope, per: data.perUnit }), ' ',
        el('button', { type: 'button', class: 'link-button strong', onclick: () => set({ perUnit: '0' }) },
          t('graph.note.allTies', { total: data.tiesInScope }))));
    }
    if (data.unitsNotDrawn > 0) parts.push(el('p', {}, t('graph.note.units', { n: data.unitsNotDrawn })));
  }
  note.replaceChildren(...parts);
  note.hidden = parts.length === 0;
  // the drawing starts below the note, so the note never covers a unit
  $('cy').style.top = note.hidden ? '0px' : `${note.offsetHeight + 16}px`;
}

/** The documents drawn from, by title and number: all of them (up to five named) or the one chosen. */
function scopeText() {
  const name = (d) => `《${d.title}》${d.docNumber ? `（${d.docNumber}）` : ''}`;
  if (!state.document) {
    const named = state.documents.slice(0, 5).map(name).join('、');
    const more = state.documents.length > 5 ? ` +${state.documents.length - 5}` : '';
    return `${t('filter.all.documents')}（${state.documents.length}）：${named}${more}`;
  }
  const chosen = state.documents.find((d) => d.key === state.document) || { title: state.document };
  const section = state.section && $('section').selectedOptions[0] ? ` · ${$('section').selectedOptions[0].textContent}` : '';
  return `${name(chosen)}${section}`;
}

/** The briefing's parts: everything a printed picture must say about itself. */
export function briefingParts() {
  const weighting = t(state.weighting === 'count' ? 'graph.weighting.count' : 'graph.weighting.inverse');
  const ties = state.mode === 'focus'
    ? t('graph.briefing.focus', { unit: state.focus, steps: t(state.steps === '2' ? 'graph.focus.step2' : 'graph.focus.step1') })
    : `${t('graph.perUnit')}：${state.perUnit === '0' ? t('graph.perUnit.all') : t('graph.perUnit.n', { n: state.perUnit })}`;
  return {
    title: state.mode === 'focus' ? t('graph.focus.title', { unit: state.data.focus.unit }) : t('graph.title'),
    lines: [t('graph.briefing.scope', { scope: scopeText() }), t('graph.briefing.filters', { weighting, ties }),
      `${t('graph.briefing.date', { date: new Date().toISOString().slice(0, 10) })} · ${t('graph.briefing.source')}`],
    legendTitle: state.mode === 'focus' ? t('graph.focus') : t('graph.legend'),
    legend: legendItems(),
    caption: [...captionLines(), ...modularityLines()],
  };
}

function focusGraph(focus) {
  const strongest = Math.max(1e-9, ...focus.partners.map((p) => p.weight));
  // rings of 12, 20, 28… by strength at step 1; the second step on rings outside them
  const ringOf = (index) => { let ring = 0; let room = 12; while (index >= room) { index -= room; ring++; room += 8; } return ring; };
  const firstRings = focus.partners.length ? ringOf(focus.partners.length - 1) + 1 : 0;
  const node = (p, step, i) => ({ id: p.name, type: 'unit', label: p.name, kind: p.kind, step, weight: p.weight,
    workload: p.weight, colour: FOCUS_COLOURS[step], ring: step === 1 ? ringOf(i) : firstRings + ringOf(i + 12) });
  return {
    focus,
    nodes: [{ id: focus.unit, type: 'unit', label: focus.unit, kind: focus.kind, focus: true, workload: strongest * 1.5,
      weight: Infinity, colour: FOCUS_COLOURS.focus },
    ...focus.partners.map((p, i) => node(p, 1, i)), ...focus.secondStep.map((p, i) => node(p, 2, i))],
    edges: [...focus.partners.map((p) => ({ source: focus.unit, target: p.name, measures: p.measures,
      inverse: p.inverse, weight: p.weight })), ...focus.secondTies],
  };
}

function writeUrl() {
  const query = new URLSearchParams();
  Object.entries(DEFAULTS).forEach(([key, value]) => {
    if (String(state[key]) !== String(value)) query.set(key, String(state[key]));
  });
  const text = query.toString();
  window.history.replaceState(null, '', text ? `?${text}` : window.location.pathname);
}

function readUrl() {
  const query = new URLSearchParams(window.location.search);
  Object.keys(DEFAULTS).forEach((key) => {
    if (!query.has(key)) return;
    state[key] = key === 'ubiquitous' ? query.get(key) === 'true' : query.get(key);
  });
  if (!['units', 'bipartite'].includes(state.view)) state.view = 'units';
  if (!['1', '2'].includes(state.steps)) state.steps = '1';
}

/** Controls show the state (after reading the URL or a change made from the note or the panel). */
function syncControls() {
  document.querySelectorAll('#view button').forEach((b) => b.classList.toggle('active', b.dataset.view === state.view));
  document.querySelectorAll('#steps button').forEach((b) => b.classList.toggle('active', b.dataset.steps === state.steps));
  document.querySelector('.units-only').classList.toggle('disabled', state.view === 'bipartite');
  $('weighting').value = state.weighting;
  $('per-unit').value = state.perUnit;
  $('show-ubiquitous').checked = state.ubiquitous;
  $('focus-unit').value = state.focus;
  $('focus-clear-side').hidden = !state.focus;
  $('per-unit').disabled = Boolean(state.focus);
  $('show-ubiquitous').disabled = Boolean(state.focus);
}

let loads = 0;
class Superseded extends Error {}

async function load() {
  const mine = ++loads;
  document.body.dataset.ready = 'false';
  $('error').hidden = true;
  writeUrl();
  syncControls();
  // a later change overtakes an earlier one still in flight: only the last one draws
  const latest = (data) => { if (mine !== loads) throw new Superseded(); return data; };
  try {
    if (state.view === 'bipartite') {
      render(latest(await getJson('/api/v1/graph/bipartite', { document: state.document, section: state.section })), 'bipartite');
    } else if (state.focus) {
      const focus = await getJson('/api/v1/graph/focus', { unit: state.focus, document: state.document,
        section: state.section, weighting: state.weighting, steps: state.steps });
      render(focusGraph(latest(focus)), 'focus');
    } else {
      render(latest(await getJson('/api/v1/graph/picture', { document: state.document, section: state.section,
        weighting: state.weighting, perUnit: state.perUnit, ubiquitous: state.ubiquitous })), 'picture');
    }
    showSide();
  } catch (error) {
    if (error instanceof Superseded) return;
    $('error').hidden = false;
    $('error').textContent = error.status === 404 && state.focus
      ? t('graph.focus.unknown', { name: state.focus }) : t('error.load') + error.message;
    document.body.dataset.ready = 'true';
  }
}

function set(changes) {
  Object.assign(state, changes);
  return load();
}

function focusOn(name) {
  return set({ focus: name, view: 'units' });
}

async function setView(view) {
  state.view = view;
  // the measure–unit view is per document: pick the first one rather than show nothing
  const needsDocument = view === 'bipartite';
  fillDocuments($('document'), state.documents, { allowAll: !needsDocument, selected: state.document });
  if (needsDocument && !state.document && state.documents.length) {
    state.document = state.documents[0].key;
    $('document').value = state.document;
    await fillSections($('section'), state.document);
  }
  load();
}

async function fillUnits() {
  const ranking = await getJson('/api/v1/rankings/workload', { limit: 5000, sort: 'name' });
  $('unit-names').replaceChildren(...ranking.units.map((u) => el('option', { value: u.name })));
}

function exportName(extension) {
  const base = state.focus ? `respnet-${state.focus}` : 'respnet-network';
  return `${base}-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

function bindControls() {
  document.querySelectorAll('#view button').forEach((b) => b.addEventListener('click', () => setView(b.dataset.view)));
  document.querySelectorAll('#steps button').forEach((b) => b.addEventListener('click', () => set({ steps: b.dataset.steps })));
  $('document').addEventListener('change', async () => {
    state.document = $('document').value;
    state.section = '';
    await fillSections($('section'), state.document);
    load();
  });
  $('section').addEventListener('change', () => set({ section: $('section').value }));
  $('weighting').addEventListener('change', () => set({ weighting: $('weighting').value }));
  $('per-unit').addEventListener('change', () => set({ perUnit: $('per-unit').value }));
  $('show-ubiquitous').addEventListener('change', () => set({ ubiquitous: $('show-ubiquitous').checked }));
  $('focus-form').addEventListener('submit', (event) => {
    event.preventDefault();
    focusOn($('focus-unit').value.trim());
  });
  $('focus-unit').addEventListener('change', () => { if ($('focus-unit').value.trim()) focusOn($('focus-unit').value.trim()); });
  $('focus-clear-side').addEventListener('click', () => focusOn(''));
  $('fit').addEventListener('click', () => cy.fit(undefined, 30));
  $('export-png').addEventListener('click', async () => {
    const png = await briefingPng(cy, briefingParts());
    const link = el('a', { href: png.url, download: exportName('png') });
    document.body.append(link);
    link.click();
    link.remove();
  });
  $('export-svg').addEventListener('click', () => download(exportName('svg'), 'image/svg+xml',
    briefingSvg(cy, briefingParts())));
  $('export-print').addEventListener('click', () => window.print());
  window.addEventListener('beforeprint', () => fillPrintBlock($('briefing'), cy, briefingParts()));
}

window.respnetBriefing = {
  parts: () => briefingParts(),
  svg: () => briefingSvg(cy, briefingParts()),
  png: () => briefingPng(cy, briefingParts()),
  plainSvg: () => toSvg(cy),
  preparePrint: () => fillPrintBlock($('briefing'), cy, briefingParts()),
};

/** Words the shared data-i18n pass does not reach: a placeholder and option texts with a number in them. */
function translateControls() {
  $('focus-unit').placeholder = t('graph.focus.placeholder');
  [...$('per-unit').options].forEach((o) => {
    o.textContent = o.value === '0' ? t('graph.perUnit.all') : t('graph.perUnit.n', { n: o.value });
  });
}

async function start() {
  renderShell();
  translateControls();
  readUrl();
  bindControls();
  try {
    state.documents = await loadDocuments();
    fillDocuments($('document'), state.documents, { allowAll: state.view !== 'bipartite', selected: state.document });
    await fillSections($('section'), state.document, state.section);
    fillUnits();
  } catch (error) {
    $('error').hidden = false;
    $('error').textContent = t('error.load') + error.message;
  }
  onLanguageChange(() => {
    translateControls();
    fillDocuments($('document'), state.documents, { allowAll: state.view !== 'bipartite', selected: state.document });
    fillSections($('section'), state.document, state.section);
    if (state.data) { renderLegend(); renderStats(); renderNote(); }
    showSide();
  });
  await load();
}

start();
