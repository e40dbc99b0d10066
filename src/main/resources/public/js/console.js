// Analysts' page: read-only Cypher with highlighting, parameters, history, examples, and a stack of result frames
// (table, graph, plan; a property panel and neighbour expansion in each).
import { el, getJson, postJson } from './api.js';
import { lang, onLanguageChange, t } from './i18n.js';
import { renderShell } from './shell.js';
import { installCompletion, renderSchema } from './console-schema.js';
import { installFrames, pushFrame, translateFrames } from './console-frames.js';

const HISTORY_KEY = 'respnet.console.history';
const HISTORY_SIZE = 30;
const $ = (id) => document.getElementById(id);
let editor;
let examples = [];
let errorLine = null;
let pageError = null;

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

function clearErrorLine() {
  if (errorLine !== null) editor.removeLineClass(errorLine, 'background', 'error-line');
  errorLine = null;
}

/** Marks where Neo4j located the latest query's error; the message itself is in that query's frame. */
function markErrorLine(error) {
  const line = error?.problem?.line;
  if (!line) return;
  errorLine = line - 1;
  editor.addLineClass(errorLine, 'background', 'error-line');
  editor.setCursor({ line: errorLine, ch: Math.max(0, error.problem.column - 1) });
}

function showPageError(error) {
  pageError = error;
  $('page-error').replaceChildren(el('b', {}, t('error.load')), error.message || '');
  $('page-error').hidden = false;
}

/** Runs the editor's query, or a frame's again; each run is a new frame on top. */
async function run(query = editor.getValue(), parametersText = $('parameters').value) {
  clearErrorLine();
  const frame = pushFrame(query, parametersText);
  let parameters;
  try {
    parameters = JSON.parse(parametersText.trim() || '{}');
    if (typeof parameters !== 'object' || Array.isArray(parameters) || parameters === null) throw new Error();
  } catch {
    frame.showError(new Error(t('console.badParameters')));
    document.body.dataset.state = 'failed';
    return;
  }
  $('run').disabled = true;
  $('status').textContent = t('console.running');
  document.body.dataset.state = 'running';
  try {
    const result = await postJson('/api/v1/cypher', { query, parameters });
    remember(query, parametersText);
    frame.showResult(result);
    $('status').textContent = t('console.rows', { n: result.rows.length, ms: result.elapsedMs });
    document.body.dataset.state = 'done';
  } catch (error) {
    $('status').textContent = '';
    frame.showError(error);
    if (query === editor.getValue()) markErrorLine(error);
    document.body.dataset.state = 'failed';
  } finally {
    $('run').disabled = false;
  }
}

async function start() {
  renderShell();
  editor = CodeMirror.fromTextArea($('query'), {
    mode: 'application/x-cypher-query', lineNumbers: true, indentUnit: 2, tabSize: 2, autofocus: true,
    extraKeys: { 'Ctrl-Enter': () => run(), 'Cmd-Enter': () => run() },
  });
  window.respnetEditor = editor;
  installCompletion(editor);
  installFrames($('frames'), $('frames-empty'), {
    rerun: (query, parameters) => run(query, parameters),
    edit: (query, parameters) => load(query, parameters),
    focusEditor: () => editor.focus(),
  });
  renderSchema($('schema'), editor, { onQuery: (query) => load(query, '{}') });
  editor.on('change', () => clearErrorLine());
  $('parameters').addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(); });
  $('run').addEventListener('click', () => run());
  $('clear-history').addEventListener('click', () => { localStorage.removeItem(HISTORY_KEY); renderHistory(); });
  onLanguageChange(() => {
    renderExamples();
    renderHistory();
    translateFrames();
    if (pageError) showPageError(pageError);
    renderSchema($('schema'), editor, { onQuery: (query) => load(query, '{}') });
  });
  renderHistory();
  try {
    examples = await getJson('/api/v1/cypher/examples');
    renderExamples();
  } catch (error) {
    showPageError(error);
  }
  document.body.dataset.ready = 'true';
}

start();
