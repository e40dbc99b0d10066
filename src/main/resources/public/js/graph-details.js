// The right-hand panel of the graph: a unit's measures, the measures an edge stands for, or one measure.
import { documentPath, el, formatNumber, getJson, unitPath } from './api.js';
import { kindLabel, t } from './i18n.js';
import { measureItem } from './unit-panel.js';

function stat(value, key) {
  return el('div', { class: 'stat' }, el('b', {}, formatNumber(value)), el('span', {}, t(key)));
}

export function showPlaceholder(panel) {
  panel.replaceChildren(el('p', { class: 'placeholder' }, t('graph.pick')));
}

async function guarded(panel, work) {
  panel.replaceChildren(el('p', { class: 'muted' }, t('common.loading')));
  try {
    panel.replaceChildren(...await work());
  } catch (error) {
    panel.replaceChildren(el('div', { class: 'alert' }, error.message));
  }
}

export function showUnit(panel, name, document) {
  return guarded(panel, async () => {
    const unit = await getJson(unitPath(name), { document });
    const led = unit.measures.filter((m) => m.role === 'lead');
    const supported = unit.measures.filter((m) => m.role !== 'lead');
    return [
      el('h2', { id: 'details-title' }, unit.name), el('span', { class: 'kind-tag' }, kindLabel(unit.kind)),
      el('div', { class: 'stats' }, stat(unit.leads, 'col.leads'), stat(unit.participations, 'col.participations'),
        stat(unit.workload, 'col.workload')),
      el('h3', { class: 'section-title' }, `${t('unit.measures.led')} (${led.length})`),
      el('ul', { class: 'measure-list' }, led.map((m) => measureItem(m))),
      el('h3', { class: 'section-title' }, `${t('unit.measures.supported')} (${supported.length})`),
      el('ul', { class: 'measure-list' }, supported.map((m) => measureItem(m))),
    ];
  });
}

/** The measures two units share: both units' measures, intersected by document and number. */
export function showSharedMeasures(panel, a, b, document) {
  return guarded(panel, async () => {
    const [unitA, unitB] = await Promise.all([getJson(unitPath(a), { document }), getJson(unitPath(b), { document })]);
    const roleOfB = new Map(unitB.measures.map((m) => [`${m.document}#${m.number}`, m.role]));
    const shared = unitA.measures.filter((m) => roleOfB.has(`${m.document}#${m.number}`));
    const role = (unit, r) => el('span', { class: r === 'lead' ? 'role-lead' : '' },
      `${unit} ${t(r === 'lead' ? 'graph.role.lead' : 'graph.role.participant')}`);
    return [
      el('h2', { id: 'details-title' }, t('graph.shared.title', { a, b })),
      el('p', { class: 'muted' }, t('unit.shared', { n: shared.length })),
      el('ul', { class: 'measure-list', id: 'shared-measures' }, shared.map((m) => measureItem(m,
        el('span', {}, role(a, m.role), ' · ', role(b, roleOfB.get(`${m.document}#${m.number}`)))))),
    ];
  });
}

/** What the plan itself says about a measure: clause as written, people answerable, deadline, where it starts. */
export function measureFacts(m) {
  const fact = (key, value, id) => el('div', { class: 'fact', id },
    el('dt', {}, t(key)), el('dd', {}, value || t('common.none')));
  return [el('dl', { class: 'facts', id: 'measure-facts' },
    fact('measure.clause', m.clause, 'measure-clause'),
    fact('col.persons', (m.persons || []).join('、'), 'measure-persons'),
    fact('col.collectives', (m.collectives || []).join('、'), 'measure-collectives'),
    fact('col.deadline', m.deadline, 'measure-deadline'),
    fact('col.location', m.location, 'measure-location'))];
}

export function showMeasure(panel, documentKey, number) {
  return guarded(panel, async () => {
    const m = await getJson(`${documentPath(documentKey)}/measures/${encodeURIComponent(number)}`);
    return [
      el('h2', { id: 'details-title' }, `${t('graph.measure')} ${m.number}`),
      el('p', { class: 'muted' }, m.sectionTitle),
      el('p', {}, m.text),
      el('h3', { class: 'section-title' }, t('col.leads')),
      el('div', { class: 'partner-list' }, m.leads.map((u) => el('span', { class: 'chip' }, u))),
      el('h3', { class: 'section-title' }, t('col.participations')),
      el('div', { class: 'partner-list' }, m.participants.map((u) => el('span', { class: 'chip' }, u))),
      ...measureFacts(m),
    ];
  });
}
