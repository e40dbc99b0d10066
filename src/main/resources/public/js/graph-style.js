// How the network looks and is laid out; tuned to read well at ~50 units and stay fluid at ~2,000.
export const CLUSTER_COLOURS = ['#1f5fbf', '#d9822b', '#2e8b57', '#8e44ad', '#c0392b', '#16a0a8', '#7f8c3a',
  '#b5527a', '#5d6d7e', '#a0522d'];
export const MEASURE_COLOUR = '#c9ced6';
export const BIG_GRAPH = 300;

export function clusterColour(cluster) {
  return cluster === null || cluster === undefined ? '#8a9099' : CLUSTER_COLOURS[cluster % CLUSTER_COLOURS.length];
}

/** Beyond this many units only the LABELLED most connected carry a label; the others show theirs on hover. */
export const LABELLED = 60;

/** Cytoscape elements from an API graph, with size, colour and width worked out once here. */
export function toElements(graph) {
  const units = graph.nodes.filter((n) => n.type !== 'measure');
  const maxWorkload = Math.max(1, ...units.map((n) => n.workload || 0));
  const maxWeight = Math.max(1e-9, ...graph.edges.map((e) => e.weight || 0));
  const labelled = new Set(units.length <= LABELLED ? units.map((n) => n.id)
    : [...units].sort((a, b) => (b.ties || 0) - (a.ties || 0) || (b.strength || 0) - (a.strength || 0)
      || (b.workload || 0) - (a.workload || 0) || (a.id < b.id ? -1 : 1)).slice(0, LABELLED).map((n) => n.id));
  const nodes = graph.nodes.map((n) => ({
    group: 'nodes',
    classes: [n.type === 'measure' ? 'measure' : 'unit', n.type !== 'measure' && !labelled.has(n.id) ? 'minor' : '',
      n.focus ? 'focus' : '', n.step ? `step${n.step}` : ''].filter(Boolean).join(' '),
    data: { ...n, colour: n.colour || (n.type === 'measure' ? MEASURE_COLOUR : clusterColour(n.cluster)),
      size: n.type === 'measure' ? 12 : 14 + 34 * Math.sqrt((n.workload || 0) / maxWorkload),
      shortLabel: n.type === 'measure' ? String(n.label).split(' ')[0] : n.label },
  }));
  const edges = graph.edges.map((e, i) => ({
    group: 'edges',
    classes: e.role ? `role-${e.role}` : 'shared',
    data: { ...e, id: `e${i}`, width: e.role ? 1.2 : 0.8 + 7 * ((e.weight || 0) / maxWeight) },
  }));
  return [...nodes, ...edges];
}

export const STYLE = [
  { selector: 'node', style: {
    width: 'data(size)', height: 'data(size)', 'background-color': 'data(colour)', label: 'data(shortLabel)',
    'font-family': '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif',
    'font-size': 13, color: '#1f2329', 'text-valign': 'bottom', 'text-margin-y': 3, 'min-zoomed-font-size': 7,
    'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
    'border-width': 1.5, 'border-color': '#ffffff',
  } },
  { selector: 'node.minor', style: { label: '' } },
  { selector: 'node.minor.highlight, node.minor:selected', style: { label: 'data(shortLabel)', 'z-index': 20 } },
  { selector: 'node.focus', style: { 'border-color': '#1f2329', 'border-width': 3, 'font-weight': 700, 'font-size': 15 } },
  { selector: 'node.measure', style: { shape: 'round-rectangle', 'font-size': 9, color: '#51565e' } },
  { selector: 'edge', style: {
    width: 'data(width)', 'line-color': '#9aa5b4', opacity: 0.45, 'curve-style': 'haystack',
  } },
  { selector: 'edge.role-lead', style: { 'line-color': '#1f5fbf', opacity: 0.7 } },
  { selector: '.faded', style: { opacity: 0.08, 'text-opacity': 0 } },
  { selector: 'node.highlight', style: { 'border-color': '#1f2329', 'border-width': 2.5, 'z-index': 10 } },
  { selector: 'edge.highlight', style: { 'line-color': '#1f5fbf', opacity: 0.9, 'z-index': 9 } },
  { selector: ':selected', style: { 'border-color': '#1f2329', 'border-width': 3, 'line-color': '#174a96', opacity: 1 } },
];

/**
 * Where cose starts: each group on its own spot of a circle, its members around it strongest first. Everything
 * follows from the data (group ids, strengths, names), so the same data gives the same start and, with
 * randomize: false and a fixed bounding box (not the window's size), the same picture.
 */
export function initialPositions(nodes) {
  const groups = new Map();
  [...nodes].sort((a, b) => (b.strength || b.workload || 0) - (a.strength || a.workload || 0) || (a.id < b.id ? -1 : 1))
    .forEach((n) => { const g = n.cluster ?? -1; groups.set(g, [...(groups.get(g) || []), n.id]); });
  const ids = [...groups.keys()].sort((a, b) => a - b);
  const positions = {};
  const ring = ids.length > 1 ? 420 : 0;
  ids.forEach((g, i) => {
    const angle = (2 * Math.PI * i) / ids.length;
    const cx = ring * Math.cos(angle);
    const cy = ring * Math.sin(angle);
    groups.get(g).forEach((id, j) => {
      // a sunflower spiral: even spacing, no two members on one spot (cose nudges coincident nodes at random)
      const r = 38 * Math.sqrt(j + 0.5);
      const a = j * 2.39996;
      positions[id] = { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) };
    });
  });
  return positions;
}

/** cose stretches its result over this box: sized from the node count (not the window), landscape like a page. */
export function layoutBox(nodeCount) {
  const side = Math.sqrt(Math.max(nodeCount, 4));
  return { x1: 0, y1: 0, w: Math.round(125 * side), h: Math.round(95 * side) };
}

/** A force layout while it is cheap; beyond that a concentric layout by workload, which is linear. Both deterministic. */
export function layoutFor(nodeCount, bipartite) {
  if (nodeCount <= BIG_GRAPH) {
    return { name: 'cose', animate: false, randomize: false, boundingBox: layoutBox(nodeCount),
      nodeRepulsion: () => (bipartite ? 12000 : 90000),
      nodeOverlap: 40, idealEdgeLength: () => (bipartite ? 60 : 120), edgeElasticity: () => 60, gravity: 0.4,
      numIter: 1500, nodeDimensionsIncludeLabels: true, padding: 30, componentSpacing: 80 };
  }
  return { name: 'concentric', animate: false, concentric: (n) => n.data('workload') || 0,
    levelWidth: () => 2, minNodeSpacing: 4, padding: 20, avoidOverlap: false, boundingBox: layoutBox(nodeCount) };
}

/** The focus view: the unit in the middle, its partners on a ring strongest first, the second step outside. */
export function focusLayout() {
  return { name: 'concentric', animate: false, avoidOverlap: true, minNodeSpacing: 28, boundingBox: layoutBox(100),
    // partners on rings of 12, 20, 28… strongest innermost, so 40 of them still read at the default zoom
    concentric: (n) => (n.hasClass('focus') ? 1000 : 999 - (n.data('ring') || 0)), levelWidth: () => 1,
    sort: (a, b) => (b.data('weight') || 0) - (a.data('weight') || 0) || (a.id() < b.id() ? -1 : 1),
    nodeDimensionsIncludeLabels: true, padding: 30 };
}

/**
 * Pushes apart the nodes whose labelled boxes overlap, a few pixels at a time, in a fixed order: what cose leaves
 * of label collisions goes, and the result still depends on the data alone. Skipped beyond BIG_GRAPH units, where
 * most labels are off anyway.
 */
export function separateLabels(cy, rounds = 80) {
  const nodes = cy.nodes(':visible').not('.minor').sort((a, b) => (a.id() < b.id() ? -1 : 1));
  if (nodes.length > BIG_GRAPH || nodes.length < 2) return;
  const items = nodes.map((n) => {
    const p = n.position();
    const box = n.boundingBox({ includeLabels: true, includeOverlays: false });
    return { node: n, x: p.x, y: p.y, l: p.x - box.x1, r: box.x2 - p.x, t: p.y - box.y1, b: box.y2 - p.y };
  });
  const gap = 4;
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i];
        const b = items[j];
        const ox = Math.min(a.x + a.r, b.x + b.r) - Math.max(a.x - a.l, b.x - b.l) + gap;
        const oy = Math.min(a.y + a.b, b.y + b.b) - Math.max(a.y - a.t, b.y - b.t) + gap;
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        if (ox < oy) {
          const d = (ox / 2) * (a.x <= b.x ? 1 : -1);
          a.x -= d; b.x += d;
        } else {
          const d = (oy / 2) * (a.y <= b.y ? 1 : -1);
          a.y -= d; b.y += d;
        }
      }
    }
    if (!moved) break;
  }
  cy.batch(() => items.forEach((it) => it.node.position({ x: it.x, y: it.y })));
}

/** Renderer options: cheap frames while panning or zooming big graphs. */
export function rendererOptions(nodeCount) {
  const big = nodeCount > BIG_GRAPH;
  return { textureOnViewport: big, hideEdgesOnViewport: big, motionBlur: false, pixelRatio: big ? 1 : 'auto' };
}
