// The briefing export: the picture with its title, scope and filters, legend, a caption of what was left out, and
// the date, as PNG, SVG or a printed page. One description (parts) feeds all three, so they always agree.
import { el } from './api.js';
import { escapeXml, FONT, graphSvg } from './svg-export.js';

/** Chinese punctuation that may not start a line: it stays with the character before it. */
const NO_LINE_START = /^[、，。；：！？）》」』】,.;:!?)]/;

const TOKEN = /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]+\s*|\s+/g;

function measurer(size, bold) {
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.font = `${bold ? '700 ' : ''}${size}px ${FONT}`;
  return (text) => ctx.measureText(text).width;
}

/** Lines of at most maxWidth px: Chinese may break between any two characters, other words stay whole. */
export function wrap(text, size, maxWidth, bold = false) {
  const width = measurer(size, bold);
  const lines = [];
  let line = '';
  (String(text).match(TOKEN) || []).forEach((token) => {
    if (line && width(line + token) > maxWidth && !NO_LINE_START.test(token)) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  });
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Text rows (title, lines, legend, caption) laid out for a width, with their y positions. */
function rows(parts, width) {
  const out = [];
  let y = 0;
  const add = (text, size, { bold = false, colour = '#1f2329', swatch = null, indent = 0, gap = 0 } = {}) => {
    wrap(text, size, width - indent, bold).forEach((line, i) => {
      y += Math.round(size * 1.5);
      out.push({ text: line, size, bold, colour, y, x: indent, swatch: i === 0 ? swatch : null });
    });
    y += gap;
  };
  add(parts.title, 22, { bold: true, gap: 4 });
  parts.lines.forEach((line) => add(line, 13, { colour: '#51565e' }));
  const header = y + 12;
  y = 0;
  const legend = [];
  const below = [];
  const push = (target, ...args) => { const before = out.length; add(...args); target.push(...out.splice(before)); };
  if (parts.legend.length) {
    push(legend, parts.legendTitle, 14, { bold: true, gap: 2 });
    parts.legend.forEach((item) => push(legend, item.text, 13, { swatch: item.colour, indent: 18 }));
    y += 8;
  }
  parts.caption.forEach((line) => push(below, line, 13, { colour: '#51565e' }));
  return { head: out, header, legend, below };
}

function shift(list, dy) {
  return list.map((r) => ({ ...r, y: r.y + dy }));
}

/** The briefing as an SVG document. */
export function briefingSvg(cy, parts) {
  const graph = graphSvg(cy);
  const width = Math.max(graph.width, 900);
  const pad = 24;
  const { head, header, legend, below } = rows(parts, width - 2 * pad);
  const graphTop = pad + header;
  const legendTop = graphTop + graph.height + 8;
  const all = [...head.map((r) => ({ ...r, y: r.y + pad })), ...shift(legend, legendTop),
    ...shift(below, legendTop)];
  const height = Math.ceil((all.length ? all[all.length - 1].y : legendTop) + pad);
  const text = all.map((r) => [r.swatch ? `<circle cx="${pad + 6}" cy="${r.y - r.size * 0.35}" r="5" fill="${r.swatch}"/>` : '',
    `<text x="${pad + r.x}" y="${r.y}" font-size="${r.size}" fill="${r.colour}"${r.bold ? ' font-weight="700"' : ''}>`
    + `${escapeXml(r.text)}</text>`].join('')).join('\n');
  return [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" `
    + `font-family="${FONT}">`, '<rect width="100%" height="100%" fill="#ffffff"/>',
  `<g class="briefing-text">${text}</g>`,
  `<g class="briefing-graph" transform="translate(${Math.round((width - graph.width) / 2)} ${graphTop})">${graph.body}</g>`,
  '</svg>'].join('\n');
}

function loadImage(src) {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = reject;
    img.src = src;
  });
}

/** The briefing as a PNG data URL at twice the screen's resolution; resolves with its size and text rows too. */
export async function briefingPng(cy, parts) {
  const scale = 2;
  const image = await loadImage(cy.png({ full: true, scale, bg: '#ffffff' }));
  const graphWidth = image.width / scale;
  const graphHeight = image.height / scale;
  const width = Math.max(graphWidth, 900);
  const pad = 24;
  const { head, header, legend, below } = rows(parts, width - 2 * pad);
  const graphTop = pad + header;
  const legendTop = graphTop + graphHeight + 8;
  const all = [...head.map((r) => ({ ...r, y: r.y + pad })), ...shift(legend, legendTop),
    ...shift(below, legendTop)];
  const height = Math.ceil((all.length ? all[all.length - 1].y : legendTop) + pad);
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(image, (width - graphWidth) / 2, graphTop, graphWidth, graphHeight);
  all.forEach((r) => {
    if (r.swatch) {
      ctx.fillStyle = r.swatch;
      ctx.beginPath();
      ctx.arc(pad + 6, r.y - r.size * 0.35, 5, 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.fillStyle = r.colour;
    ctx.font = `${r.bold ? '700 ' : ''}${r.size}px ${FONT}`;
    ctx.fillText(r.text, pad + r.x, r.y);
  });
  return { url: canvas.toDataURL('image/png'), width, height, rows: all.map((r) => r.text) };
}

/** Fills the print-only block: the same parts as the exports, the picture as an image. */
export function fillPrintBlock(block, cy, parts) {
  block.replaceChildren(
    el('h1', {}, parts.title),
    ...parts.lines.map((line) => el('p', { class: 'briefing-line' }, line)),
    el('img', { class: 'briefing-image', alt: parts.title, src: cy.png({ full: true, scale: 2, bg: '#ffffff' }) }),
    parts.legend.length ? el('div', { class: 'briefing-legend' }, el('b', {}, parts.legendTitle),
      el('ul', {}, parts.legend.map((item) => {
        const swatch = el('span', { class: 'swatch' });
        swatch.style.background = item.colour;
        return el('li', {}, swatch, item.text);
      }))) : null,
    ...parts.caption.map((line) => el('p', { class: 'briefing-caption' }, line)));
}
