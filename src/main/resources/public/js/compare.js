// Planners' comparison: two documents, or two sections, side by side — each unit's leads, supporting roles and
// workload in A and in B, and B − A. The choice lives in the URL, so a link reproduces the comparison.
import { el, getJson, withQuery } from './api.js';
import { documentLabel, fillDocuments, fillSections, loadDocuments } from './filters.js';
import { kindLabel, onLanguageChange, t } from './i18n.js';
import { renderShell } from './shell.js';

const COMPARE = '/api/v1/rankings/compare';
const FIGURES = [
  { key: 'leads', label: 'col.leads' },
  { key: 'participations', label: 'col.participations' },
  { key: 'workload', label: 'col.workload' },
];
const SIDES = [['left', 'compare.a', 'side-a'], ['right', 'compare.b', 'side-b'], ['difference', 'compare.diff', '']];

const state = { left: '', leftSection: '', right: '', rightSection: '', documents: [], result: null,
  sort: null, order: 'desc' };
const $ = (id) => document.getElementById(id);

function params() {
  return { left: state.left, leftSection: state.leftSection, right: state.right, rightSection: state.rightSection };
}

function showError(error) {
  $('error').hidden = !error;
  $('error').textContent = error ? t('error.load') + error.message : '';
}

/** Up to two decimals, none when whole: 38, 6.67. */
function figure(value) {
  return String(Number(value.toFixed(2)));
}

function signed(value) {
  const text = figure(Math.abs(value));
  if (value > 0) return `+${text}`;
  return value < 0 ? `−${text}` : '0';
}

function renderHead() {
  const top = el('tr', {},
    el('th', { rowspan: 2, scope: 'col' }, t('col.name')), el('th', { rowspan: 2, scope: 'col' }, t('col.kind')),
    FIGURES.map((f) => el('th', { colspan: 3, scope: 'colgroup', class: 'group' }, t(f.label))));
  const sub = el('tr', {}, FIGURES.flatMap((f) => SIDES.map(([side, label, cls], i) => {
    const key = `${f.key}.${side}`;
    const sorted = state.sort === key ? ` sorted-${state.order}` : '';
    return el('th', { scope: 'col', class: `num sortable ${cls}${i === 0 ? ' first' : ''}${sorted}`, dataset: { sort: key },
      onclick: () => sortBy(key) }, t(label));
  })));
  $('comparison-head').replaceChildren(top, sub);
}

function figureCells(unit) {
  return FIGURES.flatMap((f) => SIDES.map(([side], i) => {
    const value = unit[side][f.key];
    const diff = side === 'difference';
    const cls = `num${i === 0 ? ' first' : ''}${diff ? (value > 0 ? ' up' : value < 0 ? ' down' : ' same') : ''}`;
    return el('td', { class: cls, dataset: { field: `${f.key}-${side}`, value } },
      diff ? signed(value) : figure(value));
  }));
}

function value(unit, key) {
  const [figure, side] = key.split('.');
  return unit[side][figure];
}

function sorted(units) {
  if (!state.sort) return units;
  const sign = state.order === 'asc' ? 1 : -1;
  return [...units].sort((a, b) => sign * (value(a, state.sort) - value(b, state.sort)) || a.name.localeCompare(b.name));
}

function sideName(side) {
  const doc = state.documents.find((d) => d.key === state[side]);
  const section = state[`${side}Section`] ? $(`${side}-section`).selectedOptions[0]?.textContent : '';
  return [doc ? documentLabel(doc) : state[side], section].filter(Boolean).join(' · ');
}

function renderBody() {
  const { units, totals } = state.result;
  const only = (u) => {
    const inLeft = u.left.leads + u.left.participations > 0;
    const inRight = u.right.leads + u.right.participations > 0;
    if (inLeft && !inRight) return el('span', { class: 'only' }, t('compare.onlyA'));
    return !inLeft && inRight ? el('span', { class: 'only' }, t('compare.onlyB')) : null;
  };
  $('comparison-body').replaceChildren(...sorted(units).map((u) => el('tr', { dataset: { unit: u.name } },
    el('td', { class: 'name-cell' }, u.name, only(u)),
    el('td', {}, el('span', { class: 'kind-tag' }, kindLabel(u.kind))),
    figureCells(u))));
  $('comparison-foot').replaceChildren(el('tr', { dataset: { unit: '' } },
    el('td', { colspan: 2 }, t('compare.totals')), figureCells(totals)));
  $('unit-count').textContent = t('rank.units', { n: units.length });
  $('compare-heading').textContent = t('compare.heading', {
    a: sideName('left'), b: sideName('right') });
}

async function load() {
  const query = params();
  history.replaceState(null, '', withQuery(window.location.pathname, query));
  $('csv').href = withQuery(COMPARE, { ...query, format: 'csv' });
  try {
    state.result = await getJson(COMPARE, query);
    showError(null);
    renderHead();
    renderBody();
    document.body.dataset.ready = 'true';
  } catch (error) {
    showError(error);
  }
}

function sortBy(key) {
  state.order = state.sort === key && state.order === 'desc' ? 'asc' : 'desc';
  state.sort = key;
  renderHead();
  renderBody();
}

/** From the URL, else the first two documents, else the first two sections of the only one. */
function initialChoice() {
  const url = new URLSearchParams(window.location.search);
  const keys = state.documents.map((d) => d.key);
  const pick = (name, fallback) => (keys.includes(url.get(name)) ? url.get(name) : fallback);
  state.left = pick('left', keys[0] || '');
  state.right = pick('right', keys[1] || keys[0] || '');
  const twoDocuments = state.left !== state.right;
  state.leftSection = url.get('leftSection') ?? (twoDocuments ? '' : '1');
  state.rightSection = url.get('rightSection') ?? (twoDocuments ? '' : '2');
}

async function fillSide(side) {
  fillDocuments($(side), state.documents, { allowAll: false, selected: state[side] });
  await fillSections($(`${side}-section`), state[side], state[`${side}Section`]);
  state[`${side}Section`] = $(`${side}-section`).value;
}

async function start() {
  renderShell();
  try {
    state.documents = await loadDocuments();
    if (!state.documents.length) {
      showError(new Error(t('compare.noDocuments')));
      return;
    }
    initialChoice();
    await fillSide('left');
    await fillSide('right');
  } catch (error) {
    showError(error);
    return;
  }
  ['left', 'right'].forEach((side) => {
    $(side).addEventListener('change', async () => {
      state[side] = $(side).value;
      state[`${side}Section`] = '';
      await fillSide(side);
      load();
    });
    $(`${side}-section`).addEventListener('change', () => { state[`${side}Section`] = $(`${side}-section`).value; load(); });
  });
  $('swap').addEventListener('click', async () => {
    [state.left, state.right] = [state.right, state.left];
    [state.leftSection, state.rightSection] = [state.rightSection, state.leftSection];
    await fillSide('left');
    await fillSide('right');
    load();
  });
  onLanguageChange(async () => {
    await fillSide('left');
    await fillSide('right');
    load();
  });
  await load();
}

start();
