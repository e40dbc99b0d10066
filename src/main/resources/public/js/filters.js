// Document and section pickers shared by the ranking and the graph.
import { documentPath, el, getJson } from './api.js';
import { t } from './i18n.js';

export async function loadDocuments() {
  return getJson('/api/v1/documents');
}

/** Title and document number; a plan without a number is keyed by its title, which is then not written twice. */
export function documentLabel(d) {
  const tag = d.docNumber || (d.key !== d.title ? d.key : '');
  return tag ? `${d.title}（${tag}）` : d.title;
}

export function fillDocuments(select, documents, { allowAll = true, selected = '' } = {}) {
  const options = documents.map((d) => el('option', { value: d.key }, documentLabel(d)));
  select.replaceChildren(...(allowAll ? [el('option', { value: '' }, t('filter.all.documents'))] : []), ...options);
  select.value = selected;
}

/** Fills the section picker for a document; without a document there is nothing to pick. */
export async function fillSections(select, documentKey, selected = '') {
  const all = el('option', { value: '' }, t('filter.all.sections'));
  if (!documentKey) {
    select.replaceChildren(all);
    select.disabled = true;
    return;
  }
  const sections = await getJson(`${documentPath(documentKey)}/sections`);
  select.replaceChildren(all, ...sections.map((s) => el('option', { value: s.ordinal }, `${s.label}、${s.title}`)));
  select.disabled = false;
  select.value = selected;
}
