import type { RootCause, ServiceEdge } from '@org/rca';
import { escapeHtml } from './escape.js';
import { counted, formatPercent, truncate } from './format.js';
import { FAILING_HEALTH, HEALTH_COLOURS, type Health } from './health.js';
import { MAP_SIZES, type MapFrame, mapFrame } from './map-geometry.js';
import { layoutMap, type MapPlace } from './map-layout.js';
import { ARROW_MARKER, renderEdges } from './render-map-edges.js';
import type { ServiceNode, ServiceNodeKind } from './service-nodes.js';

/** Characters of a 12px line that fit in a node; longer lines are squeezed. */
const LINE_CHARACTERS = 27;
const NODE_WIDTH = MAP_SIZES.nodeWidth;

const KIND_LABELS: Readonly<Record<ServiceNodeKind, string>> = {
  function: 'Lambda function',
  'state-machine': 'state machine',
  'aws-service': 'AWS service',
  remote: 'remote host',
  service: 'service',
};

/**
 * The service map as inline SVG: one box per node, coloured by the
 * category of its most frequent failure and saying it in words ("throttle
 * 42% of 12 traces"), arrows from callers to callees labelled with calls,
 * failures and latency, and the root causes marked by rank.
 *
 * @example
 * const svg = renderServiceMap(serviceNodes(traces), report.serviceGraph,
 *   report.rootCauses);
 */
export function renderServiceMap(
  nodes: readonly ServiceNode[],
  edges: readonly ServiceEdge[],
  rootCauses: readonly RootCause[],
): string {
  if (nodes.length === 0) {
    return '<p class="empty">The traces name no services to draw.</p>';
  }
  const places = layoutMap(
    nodes.map((node) => node.name),
    edges,
  );
  const frame = mapFrame(edges, places);
  const rankOf = causeRanks(rootCauses);
  const nodeMarks = nodes.map((node) =>
    renderNode(node, places.get(node.name), rankOf.get(node.name), frame),
  );
  const { width, height } = frame;

  return [
    `<svg class="service-map" role="img" aria-labelledby="service-map-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    '<title id="service-map-title">Service map of the window</title>',
    ARROW_MARKER,
    ...renderEdges(edges, places, frame),
    ...nodeMarks,
    '</svg>',
  ].join('\n');
}

function causeRanks(rootCauses: readonly RootCause[]): Map<string, RootCause> {
  const ranks = new Map<string, RootCause>();
  for (const cause of rootCauses) {
    if (!ranks.has(cause.service)) ranks.set(cause.service, cause);
  }

  return ranks;
}

function renderNode(
  node: ServiceNode,
  place: MapPlace | undefined,
  cause: RootCause | undefined,
  frame: MapFrame,
): string {
  if (place === undefined) return '';

  const { x, y } = frame.origin(place);
  const health = dominantHealth(node);
  const colours = HEALTH_COLOURS[health];
  const name = escapeHtml(node.name);
  const [shares, count] = healthLines(node);
  const label = `${shares} ${count}`;
  const causeClass = cause?.rank === 1 ? ' root-cause' : cause ? ' cause' : '';
  const marks = [
    `<g class="map-node${causeClass}" data-service="${name}" data-health="${health}">`,
    `<title>${name}: ${escapeHtml(KIND_LABELS[node.kind])}, ${escapeHtml(label)}</title>`,
    `<rect x="${x}" y="${y}" width="${NODE_WIDTH}" height="${frame.nodeHeight}" rx="8" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="${cause?.rank === 1 ? 4 : 2}"/>`,
    `<text x="${x + 10}" y="${y + 22}" class="node-name">${escapeHtml(truncate(node.name, 24))}</text>`,
    `<text x="${x + 10}" y="${y + 41}" class="node-kind">${KIND_LABELS[node.kind]}</text>`,
    `<text x="${x + 10}" y="${y + 60}" class="node-health"${squeeze(shares)}>${escapeHtml(shares)}</text>`,
    `<text x="${x + 10}" y="${y + 78}" class="node-kind">${escapeHtml(count)}</text>`,
  ];
  if (cause) {
    const text =
      cause.rank === 1
        ? `★ ROOT CAUSE: ${cause.kind}`
        : `cause #${cause.rank}: ${cause.kind}`;
    marks.push(
      `<text x="${x}" y="${y - 8}" class="cause-label">${escapeHtml(text)}</text>`,
    );
  }
  marks.push('</g>');

  return marks.join('');
}

/** Fits a long line into the node by narrowing its glyphs. */
function squeeze(line: string): string {
  if (line.length <= LINE_CHARACTERS) return '';

  return ` textLength="${NODE_WIDTH - 20}" lengthAdjust="spacingAndGlyphs"`;
}

/**
 * The failing category with the largest share of the node's traces, or
 * `ok` when it never failed.
 */
function dominantHealth(node: ServiceNode): Health {
  let best: Health = 'ok';
  let bestCount = 0;
  for (const health of FAILING_HEALTH) {
    if (node.failedTraces[health] > bestCount) {
      best = health;
      bestCount = node.failedTraces[health];
    }
  }

  return best;
}

/**
 * The node's health in words, in two lines: the share of its traces that
 * failed in each category (or "ok"), then how many traces that is of.
 */
function healthLines(node: ServiceNode): [string, string] {
  const shares = FAILING_HEALTH.filter(
    (health) => node.failedTraces[health] > 0,
  ).map(
    (health) =>
      `${health} ${formatPercent(node.failedTraces[health] / node.traces)}`,
  );
  const traces = counted(node.traces, 'trace');

  return shares.length === 0
    ? ['ok', `in ${traces}`]
    : [shares.join(', '), `of ${traces}`];
}
