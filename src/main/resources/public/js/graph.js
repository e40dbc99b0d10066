// Leaders' page: the joint-responsibility network of units (or measures and units) in Cytoscape.js.
import { download, el, getJson } from './api.js';
import { fillDocuments, fillSections, loadDocuments } from './filters.js';
import { onLanguageChange, t } from './i18n.js';
import { renderShell } from './shell.js';
import { showMeasure, showPlaceholder, showSharedMeasures, showUnit } from './graph-details.js';
import { clusterColour, layoutFor, rendererOptions, STYLE, toElements } from './graph-style.js';
import { toSvg } from './svg-export.js';

const $ = (id) => document.getElementById(id);
const state = { view: 'units', document: '', section: '', weighting: 'inverse', minShared: 1, hideUbiquitous: false,
  documents: [], data: null };
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
  cy.on('tap', (event) => { if (event.target === cy) showPlaceholder($('details')); });
}

/** Draws a graph in the API's shape; exposed so a test can time a synthetic network of 2,000 units. */
export function render(data) {
  state.data = data;
  const elements = toElements(data);
  const nodeCount = data.nodes.length;
  createGraph(nodeCount);
  cy.add(elements);
  cy.layout(layoutFor(nodeCount, state.view === 'bipartite')).run();
  cy.fit(undefined, 30);
  $('cy').dataset.nodes = String(cy.nodes().length);
  $('cy').dataset.edges = String(cy.edges().length);
  renderLegend();
  renderStats();
  document.body.dataset.ready = 'true';
  return cy;
}
window.respnetRenderGraph = render;

function hover(target, at) {
  const d = target.data();
  const tip = $('tooltip');
  const line = (text) => el('div', {}, text);
  if (target.isNode()) {
    target.closedNeighborhood().addClass('highlight');
    cy.elements().not(target.closedNeighborhood()).addClass('faded');
    tip.replaceChildren(el('b', {}, d.type === 'measure' ? d.label : d.id),
      d.type === 'measure' ? null
        : line(`${t('col.leads')} ${d.leads} · ${t('col.participations')} ${d.participations} · ${t('col.workload')} ${Math.round(d.workload * 10) / 10}`));
  } else {
    tip.replaceChildren(el('b', {}, `${d.source} — ${d.target}`),
      d.role ? line(t(d.role === 'lead' ? 'graph.role.lead' : 'graph.role.participant'))
        : line(`${t('unit.shared', { n: d.measures })} · w=${Math.round(d.weight * 100) / 100}`));
  }
  tip.hidden = false;
  tip.style.left = `${at.x + 14}px`;
  tip.style.top = `${at.y + 14}px`;
}

function selectNode(node) {
  if (node.data('type') === 'measure') {
    const id = node.id();
    const cut = id.lastIndexOf('#');
    showMeasure($('details'), id.slice(0, cut), id.slice(cut + 1));
  } else {
    showUnit($('details'), node.id(), state.document || undefined);
  }
}

function selectEdge(edge) {
  const { source, target } = edge.data();
  if (state.view === 'bipartite') {
    selectNode(cy.getElementById(target));
  } else {
    showSharedMeasures($('details'), source, target, state.document || undefined);
  }
}

function renderLegend() {
  const clusters = new Map();
  state.data.nodes.filter((n) => n.type !== 'measure' && n.cluster !== null && n.cluster !== undefined)
    .sort((a, b) => b.workload - a.workload)
    .forEach((n) => clusters.set(n.cluster, [...(clusters.get(n.cluster) || []), n.label]));
  const items = [...clusters.entries()].sort((a, b) => a[0] - b[0]).map(([cluster, members]) => {
    const swatch = el('span', { class: 'swatch' });
    swatch.style.background = clusterColour(cluster);
    return el('li', {}, swatch, el('span', {}, `${t('graph.cluster', { n: cluster + 1 })} (${members.length})`),
      el('span', { class: 'members', title: members.join('、') }, members.slice(0, 3).join('、')));
  });
  $('legend').replaceChildren(...items);
  $('legend').parentElement.hidden = items.length === 0;
}

function renderStats() {
  const data = state.data;
  const lines = [t('graph.stats', { nodes: data.nodes.length, edges: data.edges.length })];
  if (typeof data.modularity === 'number') lines.push(t('graph.modularity', { q: data.modularity.toFixed(3) }));
  if (data.hidden && data.hidden.length) lines.push(t('graph.hidden', { names: data.hidden.join('、') }));
  $('graph-stats').replaceChildren(...lines.map((text) => el('span', { class: 'stat-line' }, text)));
}

async function load() {
  $('error').hidden = true;
  try {
    const data = state.view === 'bipartite'
      ? await getJson('/api/v1/graph/bipartite', { document: state.document, section: state.section })
      : await getJson('/api/v1/graph/units', { document: state.document, section: state.section,
        weighting: state.weighting, minShared: state.minShared, hideUbiquitous: state.hideUbiquitous });
    render(data);
    showPlaceholder($('details'));
  } catch (error) {
    $('error').hidden = false;
    $('error').textContent = t('error.load') + error.message;
  }
}

async function setView(view) {
  state.view = view;
  document.querySelectorAll('#view button').forEach((b) => b.classList.toggle('active', b.dataset.view === view));
  document.querySelector('.units-only').classList.toggle('disabled', view === 'bipartite');
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

function bindControls() {
  document.querySelectorAll('#view button').forEach((b) => b.addEventListener('click', () => setView(b.dataset.view)));
  $('document').addEventListener('change', async () => {
    state.document = $('document').value;
    state.section = '';
    await fillSections($('section'), state.document);
    load();
  });
  $('section').addEventListener('change', () => { state.section = $('section').value; load(); });
  $('weighting').addEventListener('change', () => { state.weighting = $('weighting').value; load(); });
  $('min-shared').addEventListener('input', () => { $('min-shared-value').textContent = $('min-shared').value; });
  $('min-shared').addEventListener('change', () => { state.minShared = Number($('min-shared').value); load(); });
  $('hide-ubiquitous').addEventListener('change', () => { state.hideUbiquitous = $('hide-ubiquitous').checked; load(); });
  $('fit').addEventListener('click', () => cy.fit(undefined, 30));
  $('export-png').addEventListener('click', () => {
    const link = el('a', { href: cy.png({ full: true, scale: 2, bg: '#ffffff' }), download: 'respnet-network.png' });
    document.body.append(link);
    link.click();
    link.remove();
  });
  $('export-svg').addEventListener('click', () => download('respnet-network.svg', 'image/svg+xml', toSvg(cy)));
}

async function start() {
  renderShell();
  bindControls();
  try {
    state.documents = await loadDocuments();
    fillDocuments($('document'), state.documents);
    await fillSections($('section'), '');
  } catch (error) {
    $('error').hidden = false;
    $('error').textContent = t('error.load') + error.message;
  }
  onLanguageChange(() => {
    fillDocuments($('document'), state.documents, { allowAll: state.view !== 'bipartite', selected: state.document });
    fillSections($('section'), state.document, state.section);
    if (state.data) { renderLegend(); renderStats(); }
    showPlaceholder($('details'));
  });
  await load();
}

start();
