// How the network looks and is laid out; tuned to read well at ~50 units and stay fluid at ~2,000.
export const CLUSTER_COLOURS = ['#1f5fbf', '#d9822b', '#2e8b57', '#8e44ad', '#c0392b', '#16a0a8', '#7f8c3a',
  '#b5527a', '#5d6d7e', '#a0522d'];
export const MEASURE_COLOUR = '#c9ced6';
export const BIG_GRAPH = 300;

export function clusterColour(cluster) {
  return cluster === null || cluster === undefined ? '#8a9099' : CLUSTER_COLOURS[cluster % CLUSTER_COLOURS.length];
}

/** Cytoscape elements from an API graph, with size, colour and width worked out once here. */
export function toElements(graph) {
  const units = graph.nodes.filter((n) => n.type !== 'measure');
  const maxWorkload = Math.max(1, ...units.map((n) => n.workload || 0));
  const maxWeight = Math.max(1e-9, ...graph.edges.map((e) => e.weight || 0));
  const nodes = graph.nodes.map((n) => ({
    group: 'nodes',
    classes: n.type === 'measure' ? 'measure' : 'unit',
    data: { ...n, colour: n.type === 'measure' ? MEASURE_COLOUR : clusterColour(n.cluster),
      size: n.type === 'measure' ? 12 : 14 + 34 * Math.sqrt((n.workload || 0) / maxWorkload),
      shortLabel: n.type === 'measure' ? String(n.label).split(' ')[0] : n.label },
  }));
  const edges = graph.edges.map((e, i) => ({
    group: 'edges',
    classes: e.role ? `role-${e.role}` : 'shared',
    data: { ...e, id: `e${i}`, width: e.role ? 1.2 : 0.8 + 9 * ((e.weight || 0) / maxWeight) },
  }));
  return [...nodes, ...edges];
}

export const STYLE = [
  { selector: 'node', style: {
    width: 'data(size)', height: 'data(size)', 'background-color': 'data(colour)', label: 'data(shortLabel)',
    'font-family': '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif', 'font-size': 11,
    color: '#1f2329', 'text-valign': 'bottom', 'text-margin-y': 3, 'min-zoomed-font-size': 8,
    'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
    'border-width': 1.5, 'border-color': '#ffffff',
  } },
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

/** A force layout while it is cheap; beyond that a concentric layout by workload, which is linear. */
export function layoutFor(nodeCount, bipartite) {
  if (nodeCount <= BIG_GRAPH) {
    return { name: 'cose', animate: false, randomize: true, nodeRepulsion: () => (bipartite ? 12000 : 60000),
      nodeOverlap: 40, idealEdgeLength: () => (bipartite ? 60 : 140), edgeElasticity: () => 40, gravity: 0.25,
      numIter: 1500, nodeDimensionsIncludeLabels: true, padding: 30, componentSpacing: 60 };
  }
  return { name: 'concentric', animate: false, concentric: (n) => n.data('workload') || 0,
    levelWidth: () => 2, minNodeSpacing: 4, padding: 20, avoidOverlap: false };
}

/** Renderer options: cheap frames while panning or zooming big graphs. */
export function rendererOptions(nodeCount) {
  const big = nodeCount > BIG_GRAPH;
  return { textureOnViewport: big, hideEdgesOnViewport: big, motionBlur: false, pixelRatio: big ? 1 : 'auto' };
}
