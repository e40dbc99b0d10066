// Planners' page: the workload ranking as a sortable table and a stacked bar chart, with a unit drawer.
import { el, formatNumber, getJson, withQuery } from './api.js';
import { fillDocuments, fillSections, loadDocuments } from './filters.js';
import { renderExplanation, renderPrintHead } from './rankings-notes.js';
import { KINDS, kindLabel, onLanguageChange, t } from './i18n.js';
import { renderShell } from './shell.js';
import { openUnitPanel } from './unit-panel.js';

const RANKING = '/api/v1/rankings/workload';
const COLUMNS = [
  { key: 'rank', label: 'col.rank', num: true },
  { key: 'name', label: 'col.name' },
  { key: 'kind', label: 'col.kind' },
  { key: 'leads', label: 'col.leads', num: true },
  { key: 'participations', label: 'col.participations', num: true },
  { key: 'total', label: 'col.total', num: true },
  { key: 'leadShare', label: 'col.leadShare', num: true },
  { key: 'workload', label: 'col.workload', num: true },
  { key: 'overdue', label: 'col.overdue', num: true, title: 'rank.overdueHead' },
];
const TEXT_COLUMNS = ['rank', 'name', 'kind'];

const state = { document: '', section: '', kind: '', sort: 'workload', order: 'desc', asOf: today(), documents: [],
  result: null };
const $ = (id) => document.getElementById(id);
let chart;

function query(extra = {}) {
  return { document: state.document, section: state.section, kind: state.kind, sort: state.sort, order: state.order,
    asOf: state.asOf, ...extra };
}

/** Today on the reader's calendar: the day overdue counts are as of until another is picked. */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function showError(error) {
  $('error').hidden = !error;
  $('error').textContent = error ? t('error.load') + error.message : '';
}

function renderKpis() {
  const docs = state.document ? state.documents.filter((d) => d.key === state.document) : state.documents;
  const sum = (field) => docs.reduce((total, d) => total + (d[field] || 0), 0);
  const units = state.result ? state.result.units.length : 0;
  const tile = (key, value, accent) => el('div', { class: `card kpi${accent ? ' accent' : ''}` },
    el('span', {}, t(key)), el('b', {}, value));
  $('kpis').replaceChildren(tile('kpi.documents', docs.length), tile('kpi.measures', sum('measures')),
    tile('kpi.units', units, true), tile('kpi.leads', sum('leads')), tile('kpi.participations', sum('participations')));
}

function renderHead() {
  $('ranking-head').replaceChildren(...COLUMNS.map((c) => {
    const sorted = state.sort === c.key ? ` sorted-${state.order}` : '';
    return el('th', {
      class: `sortable${c.num ? ' num' : ''}${sorted}`, dataset: { sort: c.key }, scope: 'col',
      'aria-sort': state.sort === c.key ? (state.order === 'asc' ? 'ascending' : 'descending') : null,
      onclick: () => sortBy(c.key), title: c.title ? t(c.title) : null,
    }, t(c.label));
  }));
}

function renderBody() {
  const units = state.result.units;
  const maxWorkload = Math.max(1, ...units.map((u) => u.workload));
  $('ranking-body').replaceChildren(...units.map((u) => el('tr', { dataset: { unit: u.name } },
    el('td', { class: `num rank-cell${u.rank <= 3 ? ' top' : ''}`, dataset: { field: 'rank' } }, u.rank),
    el('td', { class: 'name-cell' }, el('button', { type: 'button', class: 'link-button unit-link',
      onclick: () => openUnit(u.name) }, u.name)),
    el('td', {}, el('span', { class: 'kind-tag' }, kindLabel(u.kind))),
    el('td', { class: 'num', dataset: { field: 'leads' } }, u.leads),
    el('td', { class: 'num', dataset: { field: 'participations' } }, u.participations),
    el('td', { class: 'num' }, u.total),
    el('td', { class: 'num', dataset: { field: 'leadShare' }, title: t('rank.leadCredit', { credit: formatNumber(u.leadCredit, 2) }) },
      formatPercent(u.leadShare)),
    el('td', { class: 'num' }, el('div', { class: 'bar-cell' }, formatNumber(u.workload),
      el('div', { class: 'bar-track' }, el('div', { class: 'bar', dataset: { width: u.workload / maxWorkload } })))),
    overdueCell(u),
  )));
  // widths through the CSSOM: allowed by a Content-Security-Policy without 'unsafe-inline'
  $('ranking-body').querySelectorAll('.bar').forEach((bar) => { bar.style.width = `${bar.dataset.width * 100}%`; });
  $('unit-count').textContent = t('rank.units', { n: units.length });
  renderExplanation($('explain'), state.result);
}

/** The overdue count, the led ones small after it; the sentence in the tooltip. */
function overdueCell(u) {
  const date = state.result.asOf;
  return el('td', { class: `num overdue-cell${u.overdue ? '' : ' none'}`, dataset: { field: 'overdue' },
    title: t('rank.overdueCell', { n: u.overdue, leads: u.overdueLeads, date }) },
  el('span', { class: 'overdue-count' }, u.overdue),
  u.overdue ? el('span', { class: 'overdue-leads' }, `(${u.overdueLeads})`) : null);
}

function renderChart() {
  const top = [...state.result.units].sort((a, b) => b.workload - a.workload).slice(0, 15);
  chart.setOption({
    color: ['#1f5fbf', '#9bb8e3'],
    textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    legend: { top: 4, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { color: '#51565e' } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', splitLine: { lineStyle: { color: '#eef0f3' } }, axisLabel: { color: '#8a9099' } },
    yAxis: { type: 'category', inverse: true, data: top.map((u) => u.name),
      axisTick: { show: false }, axisLine: { lineStyle: { color: '#c9ced6' } }, axisLabel: { color: '#1f2329' } },
    series: [
      { name: t('series.leads'), type: 'bar', stack: 'roles', barWidth: 14, data: top.map((u) => u.leads) },
      { name: t('series.participations'), type: 'bar', stack: 'roles', barWidth: 14,
        itemStyle: { borderRadius: [0, 3, 3, 0] }, data: top.map((u) => u.participations) },
    ],
  }, true);
}

let latestLoad = 0;

/** Only the latest of overlapping loads draws and marks the page ready, so a changed filter is never read half-drawn. */
async function load() {
  const mine = ++latestLoad;
  document.body.dataset.ready = 'false';
  try {
    const result = await getJson(RANKING, query());
    if (mine !== latestLoad) return;
    state.result = result;
    showError(null);
    $('csv').href = withQuery(RANKING, query({ format: 'csv' }));
    renderHead();
    renderBody();
    renderChart();
    renderKpis();
    renderPrintHead($('print-head'), printFilters());
    document.body.dataset.ready = 'true';
  } catch (error) {
    if (mine === latestLoad) showError(error);
  }
}

/** A share 0–1 as a percentage with one decimal: 27.1%. */
function formatPercent(share) {
  return `${(share * 100).toFixed(1)}%`;
}

/** The filters as a reader of a printout sees them. */
function printFilters() {
  const chosen = (id) => $(id).selectedOptions[0]?.textContent || '';
  const column = COLUMNS.find((c) => c.key === state.sort);
  return [[t('filter.document'), chosen('document')], [t('filter.section'), chosen('section')],
    [t('filter.kind'), chosen('kind')], [t('rank.asOf'), state.result.asOf], [t('rank.sortedBy'), `${t(column.label)} ${state.order === 'asc' ? '↑' : '↓'}`]];
}

function sortBy(key) {
  if (state.sort === key) {
    state.order = state.order === 'asc' ? 'desc' : 'asc';
  } else {
    state.sort = key;
    state.order = TEXT_COLUMNS.includes(key) ? 'asc' : 'desc';
  }
  load();
}

function openUnit(name) {
  document.querySelectorAll('#ranking-body tr').forEach((row) => row.classList.toggle('selected', row.dataset.unit === name));
  openUnitPanel($('unit-panel'), name, { document: state.document || undefined, onPartner: openUnit,
    onClose: () => document.querySelectorAll('#ranking-body tr.selected').forEach((r) => r.classList.remove('selected')) });
}

function fillKinds() {
  $('kind').replaceChildren(el('option', { value: '' }, t('filter.all.kinds')),
    ...KINDS.map((k) => el('option', { value: k }, kindLabel(k))));
  $('kind').value = state.kind;
}

async function start() {
  renderShell();
  chart = echarts.init($('chart'), null, { renderer: 'canvas' });
  chart.on('click', (params) => openUnit(params.name));
  window.addEventListener('resize', () => chart.resize());
  $('print').addEventListener('click', () => window.print());
  $('asOf').value = state.asOf;
  $('asOf').addEventListener('change', () => { state.asOf = $('asOf').value || today(); load(); });
  fillKinds();
  try {
    state.documents = await loadDocuments();
    fillDocuments($('document'), state.documents);
    await fillSections($('section'), '');
  } catch (error) {
    showError(error);
  }
  $('document').addEventListener('change', async () => {
    state.document = $('document').value;
    state.section = '';
    await fillSections($('section'), state.document);
    load();
  });
  $('section').addEventListener('change', () => { state.section = $('section').value; load(); });
  $('kind').addEventListener('change', () => { state.kind = $('kind').value; load(); });
  onLanguageChange(async () => {
    fillKinds();
    fillDocuments($('document'), state.documents, { selected: state.document });
    await fillSections($('section'), state.document, state.section);
    load();
    const open = $('unit-panel');
    if (open.classList.contains('open')) openUnit(open.dataset.unit);
  });
  await load();
}

start();
