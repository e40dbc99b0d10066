// Analysts' page: read-only Cypher with highlighting, parameters, history, examples and three result views.
import { ApiError, download, el, getJson, postJson } from './api.js';
import { lang, onLanguageChange, t } from './i18n.js';
import { renderShell } from './shell.js';
import { graphElements, renderGraph, renderPlan, renderTable, resizeGraph, toCsv } from './console-results.js';
import { installCompletion, renderSchema } from './console-schema.js';

const HISTORY_KEY = 'respnet.console.history';
const HISTORY_SIZE = 30;
const $ = (id) => document.getElementById(id);
let editor;
let examples = [];
let lastResult = null;
let errorLine = null;

function history() {
  try { return JSON.parse(localStorage.getItem(HISTORY_KEY)) || []; } catch { return []; }
}

function remember(query, parameters) {
  const entries = [{ query, parameters, at: new Date().toISOString() },
    ...history().filter((h) => h.query !== query)].slice(0, HISTORY_SIZE);
  localStorage.setItem(HISTORY_KEY, JSON.stringify(entries));
  renderHistory();
}

function renderHistory() {
  const entries = history();
  $('history').replaceChildren(...(entries.length ? entries.map((h) => el('li', {}, el('button', { type: 'button',
    title: h.query, onclick: () => load(h.query, h.parameters) }, el('code', {}, h.query.replace(/\s+/g, ' ')),
    el('small', {}, new Date(h.at).toLocaleString(lang() === 'en' ? 'en-GB' : 'zh-CN')))))
    : [el('li', { class: 'empty' }, t('console.history.empty'))]));
}

function renderExamples() {
  $('examples').replaceChildren(...examples.map((x) => el('li', {}, el('button', { type: 'button',
    dataset: { example: x.name }, onclick: () => load(x.query, '{}') }, lang() === 'en' ? x.en : x.zh,
    el('small', {}, lang() === 'en' ? x.zh : x.en)))));
}

function load(query, parameters) {
  editor.setValue(query);
  $('parameters').value = parameters || '{}';
  editor.focus();
}

function showTab(name) {
  document.querySelectorAll('#tabs button').forEach((b) => b.classList.toggle('active', b.dataset.tab === name));
  ['table', 'graph', 'plan'].forEach((tab) => { $(`tab-${tab}`).hidden = tab !== name; });
  if (name === 'graph') resizeGraph();
}

function clearError() {
  $('error').hidden = true;
  if (errorLine !== null) editor.removeLineClass(errorLine, 'background', 'error-line');
  errorLine = null;
}

// The server's problem titles in the active language; its own title and Neo4j's message stay beside them.
const ERROR_SUMMARIES = { 400: 'console.error.invalid', 403: 'console.error.refused', 422: 'console.error.timeout',
  429: 'console.error.busy' };

function showError(error) {
  const problem = error instanceof ApiError ? error.problem : { title: 'Error', detail: error.message };
  const where = problem.line ? ` — ${t('console.at', { line: problem.line, column: problem.column })}` : '';
  const summary = error instanceof ApiError && ERROR_SUMMARIES[error.status]
    ? [t(ERROR_SUMMARIES[error.status]), problem.title].filter((x, i, all) => i === 0 || !all[0].includes(x)).join(' · ')
    : problem.title || '';
  $('error').replaceChildren(el('b', {}, `${summary}${where}`), problem.detail || '');
  $('error').hidden = false;
  if (problem.line) {
    errorLine = problem.line - 1;
    editor.addLineClass(errorLine, 'background', 'error-line');
    editor.setCursor({ line: errorLine, ch: Math.max(0, problem.column - 1) });
  }
}

function showResult(result) {
  lastResult = result;
  renderTable($('result-table'), result);
  $('result-empty').hidden = result.rows.length > 0 || result.plan;
  $('result-empty').dataset.i18n = 'console.noRows';
  $('result-empty').textContent = t('console.noRows');
  $('truncated').textContent = result.truncated ? t('console.truncated', { n: result.rows.length }) : '';
  $('status').textContent = t('console.rows', { n: result.rows.length, ms: result.elapsedMs });
  $('download-csv').disabled = false;
  $('download-json').disabled = false;
  const found = graphElements(result.rows);
  document.querySelector('[data-tab=graph]').disabled = found.nodes.length === 0;
  document.querySelector('[data-tab=plan]').disabled = !result.plan;
  renderPlan($('plan'), result.plan);
  if (result.plan) {
    showTab('plan');
  } else if (found.nodes.length && found.relationships.length) {
    showTab('graph');
    renderGraph($('result-graph'), found);
  } else {
    showTab('table');
    if (found.nodes.length) renderGraph($('result-graph'), found);
  }
}

/** A failed or refused query leaves no earlier result under its error. */
function clearResults() {
  lastResult = null;
  renderTable($('result-table'), { columns: [], rows: [] });
  renderPlan($('plan'), null);
  $('result-empty').hidden = false;
  $('result-empty').dataset.i18n = 'console.failed';
  $('result-empty').textContent = t('console.failed');
  $('truncated').textContent = '';
  $('download-csv').disabled = true;
  $('download-json').disabled = true;
  document.querySelector('[data-tab=graph]').disabled = true;
  document.querySelector('[data-tab=plan]').disabled = true;
  showTab('table');
}

async function run() {
  const query = editor.getValue();
  let parameters;
  try {
    parameters = JSON.parse($('parameters').value.trim() || '{}');
    if (typeof parameters !== 'object' || Array.isArray(parameters) || parameters === null) throw new Error();
  } catch {
    clearError();
    clearResults();
    showError(new Error(t('console.badParameters')));
    return;
  }
  clearError();
  $('run').disabled = true;
  $('status').textContent = t('console.running');
  document.body.dataset.state = 'running';
  try {
    const result = await postJson('/api/v1/cypher', { query, parameters });
    remember(query, $('parameters').value);
    showResult(result);
    document.body.dataset.state = 'done';
  } catch (error) {
    $('status').textContent = '';
    clearResults();
    showError(error);
    document.body.dataset.state = 'failed';
  } finally {
    $('run').disabled = false;
  }
}

async function start() {
  renderShell();
  editor = CodeMirror.fromTextArea($('query'), {
    mode: 'application/x-cypher-query', lineNumbers: true, indentUnit: 2, tabSize: 2, autofocus: true,
    extraKeys: { 'Ctrl-Enter': run, 'Cmd-Enter': run },
  });
  window.respnetEditor = editor;
  installCompletion(editor);
  renderSchema($('schema'), editor, { onQuery: (query) => load(query, '{}') });
  editor.on('change', () => { if (errorLine !== null) clearError(); });
  $('parameters').addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(); });
  $('run').addEventListener('click', run);
  document.querySelectorAll('#tabs button').forEach((b) => b.addEventListener('click', () => showTab(b.dataset.tab)));
  $('clear-history').addEventListener('click', () => { localStorage.removeItem(HISTORY_KEY); renderHistory(); });
  $('download-csv').addEventListener('click', () => download('respnet-query.csv', 'text/csv;charset=utf-8', toCsv(lastResult)));
  $('download-json').addEventListener('click', () => download('respnet-query.json', 'application/json',
    JSON.stringify(lastResult, null, 2)));
  onLanguageChange(() => {
    renderExamples();
    renderHistory();
    renderSchema($('schema'), editor, { onQuery: (query) => load(query, '{}') });
  });
  renderHistory();
  try {
    examples = await getJson('/api/v1/cypher/examples');
    renderExamples();
  } catch (error) {
    showError(error);
  }
  document.body.dataset.ready = 'true';
}

start();
