// The unit detail drawer shared by the ranking and the graph: figures, measures led and supported, partners.
import { el, formatNumber, getJson, unitPath } from './api.js';
import { kindLabel, t } from './i18n.js';

export function measureItem(measure, extra) {
  return el('li', {},
    el('div', { class: 'measure-meta' },
      el('span', { class: 'measure-no' }, measure.number),
      el('span', {}, measure.sectionTitle || ''),
      extra || null),
    el('div', {}, measure.text));
}

function stat(value, key) {
  return el('div', { class: 'stat' }, el('b', {}, formatNumber(value)), el('span', {}, t(key)));
}

/** Opens the drawer on one unit; onPartner lets the page react to a click on a partner. */
export async function openUnitPanel(panel, name, { document, onPartner, onClose } = {}) {
  panel.classList.add('open');
  panel.dataset.unit = name;
  panel.replaceChildren(el('div', { class: 'side-panel-body muted' }, t('common.loading')));
  try {
    const unit = await getJson(unitPath(name), { document });
    if (panel.dataset.unit !== name) return;
    const led = unit.measures.filter((m) => m.role === 'lead');
    const supported = unit.measures.filter((m) => m.role !== 'lead');
    const close = el('button', { type: 'button', class: 'btn btn-small close', text: t('unit.close'), onclick: () => {
      panel.classList.remove('open');
      if (onClose) onClose();
    } });
    panel.replaceChildren(
      el('div', { class: 'side-panel-head' },
        el('div', {}, el('h2', { id: 'unit-panel-name' }, unit.name),
          el('span', { class: 'kind-tag' }, kindLabel(unit.kind))),
        close),
      el('div', { class: 'side-panel-body' },
        el('div', { class: 'stats' },
          stat(unit.rank, 'unit.rank'), stat(unit.leads, 'col.leads'), stat(unit.participations, 'col.participations'),
          stat(unit.workload, 'col.workload')),
        el('h3', { class: 'section-title' }, `${t('unit.measures.led')} (${led.length})`),
        led.length ? el('ul', { class: 'measure-list', id: 'unit-led' }, led.map((m) => measureItem(m)))
          : el('p', { class: 'muted' }, t('common.none')),
        el('h3', { class: 'section-title' }, `${t('unit.measures.supported')} (${supported.length})`),
        supported.length ? el('ul', { class: 'measure-list', id: 'unit-supported' }, supported.map((m) => measureItem(m)))
          : el('p', { class: 'muted' }, t('common.none')),
        el('h3', { class: 'section-title' }, t('unit.partners')),
        el('div', { class: 'partner-list' }, unit.partners.slice(0, 20).map((p) => el('button', {
          type: 'button', class: 'chip', title: t('unit.shared', { n: p.measures }),
          onclick: () => (onPartner ? onPartner(p.name) : openUnitPanel(panel, p.name, { document, onPartner, onClose })),
        }, p.name, el('small', {}, p.measures))))));
  } catch (error) {
    panel.replaceChildren(el('div', { class: 'side-panel-body' }, el('div', { class: 'alert' }, error.message)));
  }
}
