// A small SVG serialiser: Cytoscape draws on canvas, so the vector export is rebuilt from node positions.
export const escapeXml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const FONT = 'PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif';

/** The drawing alone: its size and the SVG elements, placed from (0, 0). */
export function graphSvg(cy) {
  const box = cy.elements(':visible').boundingBox({ includeLabels: true });
  const pad = 20;
  const width = Math.ceil(box.w + 2 * pad);
  const height = Math.ceil(box.h + 2 * pad);
  const x = (p) => (p.x - box.x1 + pad).toFixed(1);
  const y = (p) => (p.y - box.y1 + pad).toFixed(1);
  const parts = ['<g stroke-linecap="round">'];
  cy.edges(':visible').forEach((edge) => {
    const s = edge.source().position();
    const t = edge.target().position();
    parts.push(`<line x1="${x(s)}" y1="${y(s)}" x2="${x(t)}" y2="${y(t)}" stroke="${edge.style('line-color')}" `
      + `stroke-opacity="${edge.style('opacity')}" stroke-width="${parseFloat(edge.style('width')).toFixed(2)}"/>`);
  });
  parts.push('</g><g>');
  cy.nodes(':visible').forEach((node) => {
    const p = node.position();
    const r = node.width() / 2;
    const fill = node.style('background-color');
    parts.push(node.hasClass('measure')
      ? `<rect x="${(x(p) - r).toFixed(1)}" y="${(y(p) - r).toFixed(1)}" width="${2 * r}" height="${2 * r}" rx="2" fill="${fill}"/>`
      : `<circle cx="${x(p)}" cy="${y(p)}" r="${r.toFixed(1)}" fill="${fill}" stroke="#ffffff" stroke-width="1.5"/>`);
    const label = node.style('label');
    if (label) {
      parts.push(`<text x="${x(p)}" y="${(Number(y(p)) + r + 14).toFixed(1)}" text-anchor="middle" `
        + `font-size="${parseFloat(node.style('font-size'))}" fill="#1f2329">${escapeXml(label)}</text>`);
    }
  });
  parts.push('</g>');
  return { width, height, body: parts.join('\n') };
}

export function toSvg(cy) {
  const { width, height, body } = graphSvg(cy);
  return [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" `
    + `viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
  `<rect width="100%" height="100%" fill="#ffffff"/>`, body, '</svg>'].join('\n');
}
