// The shared header: brand, the pages, the language switch.
import { el, } from './api.js';
import { applyTranslations, onLanguageChange, t, toggleLanguage } from './i18n.js';

const PAGES = [
  { href: '/rankings.html', key: 'nav.rankings' },
  { href: '/compare.html', key: 'nav.compare' },
  { href: '/graph.html', key: 'nav.graph' },
  { href: '/checks.html', key: 'nav.checks' },
  { href: '/console.html', key: 'nav.console' },
  { href: '/upload.html', key: 'nav.upload' },
];

export function renderShell() {
  const header = document.getElementById('topbar');
  const current = window.location.pathname === '/' ? '/rankings.html' : window.location.pathname;
  const langButton = el('button', { type: 'button', class: 'lang-switch', id: 'lang-switch', onclick: toggleLanguage });
  header.replaceChildren(
    el('a', { class: 'brand', href: '/rankings.html' },
      el('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '责'),
      el('span', { class: 'brand-text' },
        el('span', { class: 'brand-name', dataset: { i18n: 'app.name' } }),
        el('span', { class: 'brand-tagline', dataset: { i18n: 'app.tagline' } }))),
    el('nav', { class: 'nav' }, PAGES.map((page) => el('a', {
      href: page.href, class: page.href === current ? 'active' : null,
      'aria-current': page.href === current ? 'page' : null, dataset: { i18n: page.key },
    }))),
    langButton,
  );
  applyTranslations();
  const updateTitle = () => {
    const heading = document.querySelector('h1[data-i18n]');
    document.title = `${heading ? t(heading.dataset.i18n) : ''} · RespNet`;
    langButton.textContent = t('lang.switch');
  };
  updateTitle();
  onLanguageChange(updateTitle);
}
