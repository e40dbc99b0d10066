// Administrators' page: preview a plan as the parser reads it (figures, measures, warnings on the text), load it,
// and delete loaded documents. Writes send the admin token, kept in sessionStorage for this tab only.
import { API, documentPath, el, getJson, request } from './api.js';
import { onLanguageChange, t } from './i18n.js';
import { renderShell } from './shell.js';

const TOKEN_KEY = 'respnet.adminToken';
const $ = (id) => document.getElementById(id);
const state = { preview: null, documents: [] };

const MEASURE_COLUMNS = ['col.number', 'col.text', 'col.leadUnits', 'col.participants', 'col.collectives',
  'col.persons', 'col.deadline', 'col.location'];
const DOCUMENT_COLUMNS = ['col.key', 'col.title', 'col.measures', 'col.loadedAt', 'col.actions'];

function token() {
  return $('token').value.trim();
}

function showError(error) {
  $('error').hidden = !error;
  $('error').textContent = error ? t('upload.error') + error.message : '';
}

function showStatus(text) {
  $('status').hidden = !text;
  $('status').textContent = text || '';
}

/** The chosen file with its encoding, as the upload endpoints take it (multipart, part 'file'). */
function formData() {
  const file = $('file').files[0];
  if (!file) throw new Error(t('upload.pickFile'));
  const body = new FormData();
  body.append('file', file, file.name);
  if ($('encoding').value) body.append('encoding', $('encoding').value);
  return body;
}

async function preview() {
  showError(null);
  showStatus(null);
  $('load-button').disabled = true;
  try {
    state.preview = await request('POST', `${API}/documents/preview`, { body: formData(), token: token() });
    renderPreview();
    $('load-button').disabled = false;
  } catch (error) {
    state.preview = null;
    $('preview').hidden = true;
    showError(error);
  }
}

function short(text, length = 60) {
  return text && text.length > length ? `${text.slice(0, length)}…` : (text || '');
}

function renderPreview() {
  const p = state.preview;
  if (!p) return;
  const d = p.document;
  $('preview').hidden = false;
  $('preview-title').textContent = d.title;
  $('preview-key').textContent = `${d.key} · ${d.format} · ${d.charset}`;
  $('stored').textContent = t(`upload.stored.${d.stored}`);
  const figure = (key, value, field, alarm) => el('div', { class: `figure${alarm && value > 0 ? ' alarm' : ''}` },
    el('b', { dataset: { field } }, value), el('span', {}, t(key)));
  $('figures').replaceChildren(figure('upload.sections', d.sections, 'sections'),
    figure('upload.measures', d.measures, 'measures'), figure('upload.units', d.units, 'units'),
    figure('upload.leads', d.leads, 'leads'), figure('upload.participations', d.participations, 'participations'),
    figure('upload.unassigned', d.unassigned, 'unassigned', true),
    figure('upload.warnings', d.warnings, 'warnings', true));
  $('measures-head').replaceChildren(...MEASURE_COLUMNS.map((key) => el('th', { scope: 'col' }, t(key))));
  $('measure-count').textContent = String(p.measures.length);
  const list = (values) => (values || []).join('、');
  $('measures-body').replaceChildren(...p.measures.map((m) => el('tr', {
    class: m.unassigned ? 'unassigned' : null, dataset: { number: m.number, index: m.index },
  },
  el('td', {}, m.number),
  el('td', { class: 'text-cell', title: m.text }, short(m.text),
    m.unassigned ? el('span', { class: 'tag-unassigned' }, t('upload.unassignedTag')) : null),
  el('td', {}, list(m.leads)), el('td', {}, list(m.participants)), el('td', {}, list(m.collectives)),
  el('td', {}, list(m.persons)), el('td', {}, m.deadline || ''), el('td', {}, m.location || ''))));
  renderWarnings(p);
}

function renderWarnings(p) {
  const warned = new Set(p.warnings.map((w) => w.line));
  $('source').replaceChildren(...p.source.lines.map((line, i) => el('div', {
    class: `source-line${warned.has(i + 1) ? ' warned' : ''}`, id: `line-${i + 1}`,
  }, el('span', { class: 'no' }, i + 1), el('span', {}, line))));
  $('warning-count').textContent = String(p.warnings.length);
  $('warnings').replaceChildren(...(p.warnings.length
    ? p.warnings.map((w) => el('li', {}, el('button', {
      type: 'button', dataset: { line: w.line }, onclick: () => focusLine(w.line),
    }, w.description)))
    : [el('li', { class: 'empty muted' }, t('upload.noWarnings'))]));
}

function focusLine(lineNo) {
  document.querySelectorAll('.source-line.focused').forEach((line) => line.classList.remove('focused'));
  const line = $(`line-${lineNo}`);
  if (!line) return;
  line.classList.add('focused');
  line.scrollIntoView({ block: 'center' });
}

async function load() {
  showError(null);
  try {
    const result = await request('POST', `${API}/documents`, {
      body: formData(), token: token(), params: { force: $('force').checked ? 'true' : '' },
    });
    showStatus(t(result.skipped ? 'upload.skipped' : 'upload.loaded', { key: result.key, measures: result.measures }));
    await refreshDocuments();
    if (state.preview) state.preview.document.stored = 'unchanged';
    renderPreview();
  } catch (error) {
    showError(error);
  }
}

async function remove(key) {
  if (!window.confirm(t('upload.confirmDelete', { key }))) return;
  showError(null);
  try {
    await request('DELETE', documentPath(key), { token: token() });
    showStatus(t('upload.deleted', { key }));
    await refreshDocuments();
  } catch (error) {
    showError(error);
  }
}

async function refreshDocuments() {
  state.documents = await getJson(`${API}/documents`);
  renderDocuments();
}

function renderDocuments() {
  $('documents-head').replaceChildren(...DOCUMENT_COLUMNS.map((key) => el('th', { scope: 'col' }, t(key))));
  $('documents-body').replaceChildren(...(state.documents.length
    ? state.documents.map((d) => el('tr', { dataset: { key: d.key } },
      el('td', {}, d.key), el('td', {}, d.title), el('td', { class: 'num' }, d.measures),
      el('td', { class: 'small muted' }, (d.loadedAt || '').slice(0, 19).replace('T', ' ')),
      el('td', {}, el('button', { type: 'button', class: 'btn btn-small delete', onclick: () => remove(d.key) },
        t('upload.delete')))))
    : [el('tr', {}, el('td', { colspan: DOCUMENT_COLUMNS.length, class: 'empty' }, t('upload.noDocuments')))]));
}

async function start() {
  renderShell();
  $('token').value = sessionStorage.getItem(TOKEN_KEY) || '';
  $('token').addEventListener('input', () => sessionStorage.setItem(TOKEN_KEY, token()));
  $('preview-button').addEventListener('click', preview);
  $('load-button').addEventListener('click', load);
  $('file').addEventListener('change', () => { $('load-button').disabled = true; });
  onLanguageChange(() => { renderDocuments(); renderPreview(); });
  try {
    await refreshDocuments();
  } catch (error) {
    showError(error);
  }
  document.body.dataset.ready = 'true';
}

start();
