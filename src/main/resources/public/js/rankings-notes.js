// The ranking's explanations: what the workload and the lead share mean, why the top units are there, and the
// header a printout carries (title, filters, date).
import { el, formatNumber } from './api.js';
import { kindLabel, lang, t } from './i18n.js';

/** The formula in words, then the top of this ranking read through it. */
export function renderExplanation(box, result) {
  const lines = [el('p', {}, t('rank.explain.formula')), el('p', {}, t('rank.explain.share'))];
  const top = [...result.units].sort((a, b) => b.workload - a.workload);
  const first = top[0];
  if (first && first.workload > 0) {
    const head = top.slice(0, Math.min(5, top.length));
    const counts = new Map();
    head.forEach((u) => counts.set(u.kind, (counts.get(u.kind) || 0) + 1));
    const [kind, k] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    const supporting = first.participations / first.workload;
    const bySupport = supporting >= 0.5;
    lines.push(el('p', { id: 'explain-top' }, t(bySupport ? 'rank.explain.top' : 'rank.explain.topLeads', {
      name: first.name, workload: formatNumber(first.workload, 2), participations: first.participations,
      credit: formatNumber(first.leadCredit, 2), part: `${Math.round((bySupport ? supporting : 1 - supporting) * 100)}%`,
      n: head.length, k, kind: kindLabel(kind),
    })));
  }
  lines.push(el('p', { id: 'explain-overdue' }, t('rank.explain.overdue', { date: result.asOf }), ' ',
    el('a', { href: '/checks.html' }, t('rank.explain.overdueLink')), lang() === 'en' ? ' page.' : '页。'));
  lines.push(el('p', { class: 'muted' }, t('rank.explain.caveat')));
  box.replaceChildren(el('h3', {}, t('rank.explain.title')), ...lines);
}

/** Only printed (see rankings.css): the page's title with the filters in force and the date. */
export function renderPrintHead(box, filters) {
  const date = new Date().toLocaleString(lang() === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'long', timeStyle: 'short' });
  box.replaceChildren(
    el('h1', {}, t('rank.title')),
    el('p', {}, filters.map(([name, value]) => `${name}${lang() === 'en' ? ': ' : '：'}${value}`).join(' · ')),
    el('p', {}, t('rank.printed', { date })));
}
