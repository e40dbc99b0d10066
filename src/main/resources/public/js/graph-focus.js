// The focus view's side list: whom one unit must coordinate with, each tie with the measures it stands for.
import { el, formatNumber } from './api.js';
import { kindLabel, t } from './i18n.js';

const role = (r) => t(r === 'lead' ? 'graph.role.lead' : 'graph.role.participant');

function partnerItem(p, focus, onFocus) {
  const shared = p.shared.map((m) => el('li', { class: 'tie-measure' },
    el('span', { class: 'measure-no' }, m.number),
    el('span', { class: 'tie-roles' }, `${focus} ${role(m.unitRole)} · ${p.name} ${role(m.partnerRole)}`),
    el('div', { class: 'tie-text' }, m.text)));
  const more = p.measures - p.shared.length;
  return el('li', { class: 'partner', dataset: { unit: p.name, measures: String(p.measures) } },
    el('div', { class: 'partner-head' },
      el('button', { type: 'button', class: 'link-button partner-name', title: t('graph.focus.go'),
        onclick: () => onFocus(p.name) }, p.name),
      el('span', { class: 'kind-tag' }, kindLabel(p.kind)),
      p.step === 1 ? el('span', { class: 'partner-count' }, t('unit.shared', { n: formatNumber(p.measures) })) : null),
    p.via && p.via.length ? el('div', { class: 'muted small' }, t('graph.focus.via', { names: p.via.join('、') })) : null,
    shared.length ? el('ul', { class: 'tie-measures' }, shared) : null,
    more > 0 && shared.length ? el('div', { class: 'muted small' }, t('graph.focus.more', { n: more })) : null);
}

export function focusList(focus, { onFocus }) {
  return [
    el('h2', { id: 'details-title' }, t('graph.focus.title', { unit: focus.unit })),
    el('p', { class: 'muted' }, t('graph.focus.count', { total: focus.partnersInScope, shown: focus.partners.length })),
    el('ul', { class: 'partner-list-focus', id: 'focus-partners' }, focus.partners.map((p) => partnerItem(p, focus.unit, onFocus))),
    ...(focus.secondStep.length ? [
      el('h3', { class: 'section-title' }, t('graph.focus.second', { n: focus.secondStep.length })),
      el('ul', { class: 'partner-list-focus', id: 'focus-second' }, focus.secondStep.map((p) => partnerItem(p, focus.unit, onFocus))),
    ] : []),
  ];
}
