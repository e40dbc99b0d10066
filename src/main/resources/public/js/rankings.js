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
];
const TEXT_COLUMNS = ['rank', 'name', 'kind'];

const state = { document: '', section: '', kind: '', sort: 'workload', order: 'desc', documents: [], result: null };
const $ = (id) => document.getElementById(id);
let chart;

function query(extra = {}) {
  return { document: state.document, section: state.section, kind: state.kind, sort: state.sort, order: state.order,
    ...extra };
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
      onclick: () => sortBy(c.key),
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
  )));
  // widths through the CSSOM: allowed by a Content-Security-Policy without 'unsafe-inline'
  $('ranking-body').querySelectorAll('.bar').forEach((bar) => { bar.style.width = `${bar.dataset.width * 100}%`; });
  $('unit-count').textContent = t('rank.units', { n: units.length });
  renderExplanation($('explain'), state.result);
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

async function load() {
  try {
    state.result = await getJson(RANKING, query());
    showError(null);
    $('csv').href = withQuery(RANKING, query({ format: 'csv' }));
    renderHead();
    renderBody();
    renderChart();
    renderKpis();
    renderPrintHead($('print-head'), printFilters());
    document.body.dataset.ready = 'true';
  } catch (error) {
    showError(error);
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
    [t('filter.kind'), chosen('kind')], [t('rank.sortedBy'), `${t(column.label)} ${state.order === 'asc' ? '↑' : '↓'}`]];
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
