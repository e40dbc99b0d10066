// The plan check (体检): who answers for what, from the plan's text, with its deadlines; every finding links to
// its measures (a measure drawer) and units (the unit drawer, with the unit's timeline by due month).
import { API, documentPath, el, formatNumber, getJson, unitPath, withQuery } from './api.js';
import { fillDocuments, fillSections, loadDocuments } from './filters.js';
import { kindLabel, onLanguageChange, t } from './i18n.js';
import { renderShell } from './shell.js';
import { openUnitPanel } from './unit-panel.js';

const CHECKS = ['unledMeasures', 'crowdedLeads', 'supportOnlyUnits', 'workloadOutliers', 'coLeadPairs'];
const $ = (id) => document.getElementById(id);
const state = { document: '', section: '', minLeads: 3, k: 3, asOf: today(), report: null, overdue: null, upcoming: null };
const UPCOMING_DAYS = 30;

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function params() {
  return { document: state.document, section: state.section, minLeads: state.minLeads, k: state.k };
}

function showError(error) {
  $('error').hidden = !error;
  $('error').textContent = error ? t('error.load') + error.message : '';
}

function unitLink(name) {
  return el('button', { type: 'button', class: 'link-button unit-link', dataset: { unit: name },
    onclick: () => openUnit(name) }, name);
}

function measureLink(document, number) {
  return el('button', { type: 'button', class: 'chip measure-link', dataset: { document, number },
    title: document, onclick: () => openMeasure(document, number) }, number);
}

function refs(list) {
  return el('div', { class: 'measure-refs' }, list.map((m) => measureLink(m.document, m.number)));
}

function table(id, headKeys, rows) {
  $(id).replaceChildren(
    el('thead', {}, el('tr', {}, headKeys.map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', { colspan: headKeys.length, class: 'muted' }, t('common.none')))));
}

function text(s) {
  return el('div', { class: 'finding-text' }, s.length > 80 ? `${s.slice(0, 80)}…` : s);
}

function renderKpis() {
  const r = state.report;
  const c = r.concentration.find((row) => row.document === (state.document || null)) || r.concentration[0];
  const tile = (id, key, value, flagged) => el('div', { class: `card kpi${flagged ? ' flagged' : ''}`, id: `kpi-${id}` },
    el('span', {}, t(key)), el('b', {}, value));
  $('kpis').replaceChildren(
    ...CHECKS.map((check) => tile(check, `check.${check}`, r[check].total, r[check].total > 0)),
    tile('topShare', 'check.topShare', c && c.topShare !== null ? `${(c.topShare * 100).toFixed(1)}%` : '–'),
    tile('gini', 'check.gini', c ? c.gini.toFixed(3) : '–'),
    tile('overdue', 'check.overdue', state.overdue.total, state.overdue.total > 0));
}

function renderRules() {
  const r = state.report;
  const outliers = r.workloadOutliers;
  $('rule-unledMeasures').textContent = t('rule.unledMeasures');
  $('rule-crowdedLeads').textContent = t('rule.crowdedLeads', { n: state.minLeads });
  $('rule-supportOnlyUnits').textContent = t('rule.supportOnlyUnits', { p: 50 });
  $('rule-workloadOutliers').textContent = t('rule.workloadOutliers',
    { k: state.k, median: outliers.median === null ? '–' : formatNumber(outliers.median, 2) });
  $('rule-concentration').textContent = t('rule.concentration', { top: 5 });
  $('rule-coLeadPairs').textContent = t('rule.coLeadPairs', { n: 3 });
  $('rule-overdue').textContent = t('rule.overdue', { date: state.asOf });
  $('rule-upcoming').textContent = t('rule.upcoming', { date: state.asOf, days: UPCOMING_DAYS });
  CHECKS.forEach((check) => { $(`count-${check}`).textContent = r[check].total; });
  $('count-overdue').textContent = state.overdue.total;
  $('count-upcoming').textContent = state.upcoming.total;
}

function renderTables() {
  const r = state.report;
  table('table-unledMeasures', ['col.number', 'check.kind', 'check.named', 'col.text'],
    r.unledMeasures.findings.map((m) => el('tr', {},
      el('td', {}, measureLink(m.document, m.number)), el('td', {}, el('span', { class: 'kind-tag' }, t(`gap.${m.kind}`))),
      el('td', {}, [...m.participants, ...m.collectives].join('、') || t('common.none')), el('td', {}, text(m.text)))));
  table('table-crowdedLeads', ['col.number', 'col.leads', 'col.leadUnits', 'col.text'],
    r.crowdedLeads.findings.map((m) => el('tr', {},
      el('td', {}, measureLink(m.document, m.number)), el('td', { class: 'num' }, m.leads.length),
      el('td', {}, m.leads.join('、')), el('td', {}, text(m.text)))));
  table('table-supportOnlyUnits', ['col.name', 'col.participations', 'check.share', 'check.measures'],
    r.supportOnlyUnits.findings.map((u) => el('tr', { dataset: { unit: u.name } },
      el('td', {}, unitLink(u.name)), el('td', { class: 'num' }, `${u.participations} / ${u.measures}`),
      el('td', { class: 'num' }, `${(u.share * 100).toFixed(0)}%`), el('td', {}, refs(u.measureRefs)))));
  table('table-workloadOutliers', ['col.name', 'col.kind', 'col.workload', 'check.ratio', 'check.measures'],
    r.workloadOutliers.findings.map((u) => el('tr', { dataset: { unit: u.name } },
      el('td', {}, unitLink(u.name)), el('td', {}, kindLabel(u.kind)), el('td', { class: 'num' }, formatNumber(u.workload, 2)),
      el('td', { class: 'num' }, `×${formatNumber(u.ratio, 1)}`), el('td', {}, refs(u.measureRefs)))));
  table('table-concentration', ['filter.document', 'col.measures', 'kpi.units', 'col.leads', 'check.topShare', 'check.gini', 'check.top'],
    r.concentration.map((c) => el('tr', {},
      el('td', {}, c.document === null ? t('filter.all.documents') : c.title), el('td', { class: 'num' }, c.measures),
      el('td', { class: 'num' }, c.units), el('td', { class: 'num' }, c.leads),
      el('td', { class: 'num' }, c.topShare === null ? '–' : `${(c.topShare * 100).toFixed(1)}%`),
      el('td', { class: 'num' }, c.gini.toFixed(3)),
      el('td', {}, c.top.flatMap((u, i) => [i ? '、' : '', unitLink(u.name), `(${u.leads})`])))));
  table('table-coLeadPairs', ['check.pair', 'check.shared', 'check.measures'],
    r.coLeadPairs.findings.map((p) => el('tr', {},
      el('td', {}, unitLink(p.a), ' — ', unitLink(p.b)), el('td', { class: 'num' }, p.shared), el('td', {}, refs(p.measureRefs)))));
  const dueRows = (list) => list.measures.map((m) => el('tr', {},
    el('td', {}, measureLink(m.document, m.number)), el('td', {}, m.dueDate), el('td', {}, m.deadline),
    el('td', {}, m.leads.flatMap((u, i) => [i ? '、' : '', unitLink(u)])), el('td', {}, text(m.text))));
  table('table-overdue', ['col.number', 'check.dueDate', 'col.deadline', 'col.leadUnits', 'col.text'], dueRows(state.overdue));
  table('table-upcoming', ['col.number', 'check.dueDate', 'col.deadline', 'col.leadUnits', 'col.text'], dueRows(state.upcoming));
}

function render() {
  if (!state.report) return;
  renderKpis();
  renderRules();
  renderTables();
  $('csv').href = withQuery(`${API}/checks`, { ...params(), format: 'csv' });
}

let loads = 0;

/** Loads the figures for the current filters; only the latest of overlapping loads renders and says it is ready. */
async function load() {
  const mine = ++loads;
  document.body.dataset.ready = 'false';
  showError(null);
  try {
    const due = { document: state.document, asOf: state.asOf };
    const [report, overdue, upcoming] = await Promise.all([
      getJson(`${API}/checks`, params()),
      getJson(`${API}/deadlines/overdue`, due),
      getJson(`${API}/deadlines/upcoming`, { ...due, days: UPCOMING_DAYS })]);
    if (mine !== loads) return;
    Object.assign(state, { report, overdue, upcoming });
    render();
  } catch (error) {
    if (mine !== loads) return;
    showError(error);
  }
  document.body.dataset.ready = 'true';
}

function panelHead(title, subtitle) {
  const panel = $('side-panel');
  return el('div', { class: 'side-panel-head' },
    el('div', {}, el('h2', {}, title), subtitle ? el('span', { class: 'muted small' }, subtitle) : null),
    el('button', { type: 'button', class: 'btn btn-small close', text: t('unit.close'),
      onclick: () => panel.classList.remove('open') }));
}

/** The measure view: its text, clause as written, units, deadline and place in the file. */
async function openMeasure(documentKey, number) {
  const panel = $('side-panel');
  panel.classList.add('open');
  panel.dataset.measure = `${documentKey}#${number}`;
  panel.replaceChildren(el('div', { class: 'side-panel-body muted' }, t('common.loading')));
  try {
    const m = await getJson(`${documentPath(documentKey)}/measures/${encodeURIComponent(number)}`);
    const field = (key, value) => (value && value.length ? [el('h3', { class: 'section-title' }, t(key)),
      el('p', {}, Array.isArray(value) ? value.flatMap((u, i) => [i ? '、' : '', unitLink(u)]) : value)] : []);
    panel.replaceChildren(panelHead(`${t('graph.measure')} ${m.number}`, m.document),
      el('div', { class: 'side-panel-body', id: 'measure-view' },
        el('p', {}, m.text),
        ...field('measure.clause', m.clause), ...field('col.leadUnits', m.leads),
        ...field('col.participants', m.participants), ...field('col.collectives', m.collectives.join('、')),
        ...field('col.deadline', m.deadline), ...field('col.location', m.location)));
  } catch (error) {
    panel.replaceChildren(el('div', { class: 'side-panel-body' }, el('div', { class: 'alert' }, error.message)));
  }
}

/** The unit drawer shared with the ranking, followed by the unit's measures by due month. */
async function openUnit(name) {
  const panel = $('side-panel');
  delete panel.dataset.measure;
  await openUnitPanel(panel, name, { document: state.document || undefined, onPartner: openUnit });
  try {
    const timeline = await getJson(`${unitPath(name)}/timeline`, { document: state.document });
    if (panel.dataset.unit !== name) return;
    const label = (b) => (b.bucket === 'ongoing' || b.bucket === 'unknown' ? t(`due.${b.bucket}`) : b.bucket);
    const body = panel.querySelector('.side-panel-body');
    body.append(el('h3', { class: 'section-title' }, t('check.timeline')),
      el('ul', { class: 'timeline', id: 'unit-timeline' },
        timeline.buckets.map((b) => el('li', { dataset: { bucket: b.bucket } },
          el('span', { class: `bucket${b.bucket < state.asOf.slice(0, 7) ? ' overdue' : ''}` }, label(b)),
          el('span', { class: 'muted small' }, t('check.timeline.count', { n: b.measures, leads: b.leads })),
          refs(b.listed))),
        el('li', { dataset: { bucket: 'undated' } }, el('span', { class: 'bucket' }, t('due.undated')),
          el('span', { class: 'muted small' }, timeline.undated))));
  } catch (error) {
    panel.append(el('div', { class: 'alert' }, error.message));
  }
}

async function init() {
  renderShell();
  $('asOf').value = state.asOf;
  try {
    const documents = await loadDocuments();
    fillDocuments($('document'), documents);
    await fillSections($('section'), '');
  } catch (error) {
    showError(error);
  }
  $('document').addEventListener('change', async () => {
    document.body.dataset.ready = 'false';
    state.document = $('document').value;
    state.section = '';
    await fillSections($('section'), state.document);
    load();
  });
  $('section').addEventListener('change', () => { state.section = $('section').value; load(); });
  $('minLeads').addEventListener('change', () => { state.minLeads = Number($('minLeads').value) || 3; load(); });
  $('k').addEventListener('change', () => { state.k = Number($('k').value) || 3; load(); });
  $('asOf').addEventListener('change', () => { state.asOf = $('asOf').value || today(); load(); });
  onLanguageChange(render);
  await load();
}

init();
