import type { RootCause, ServiceEdge } from '@org/rca';
import { escapeHtml } from './escape.js';
import { formatDuration, formatPercent, truncate } from './format.js';
import { FAILING_HEALTH, HEALTH_COLOURS, type Health } from './health.js';
import { layoutMap, type MapPlace } from './map-layout.js';
import type { ServiceNode, ServiceNodeKind } from './service-nodes.js';

const NODE_WIDTH = 200;
/** Characters of a 12px line that fit in a node; longer lines are squeezed. */
const LINE_CHARACTERS = 27;
const NODE_HEIGHT = 88;
const COLUMN_GAP = 150;
const ROW_GAP = 56;
const MARGIN = 24;
const TOP_MARGIN = 36;

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
  const columns = Math.max(...[...places.values()].map((p) => p.column)) + 1;
  const rows = Math.max(...[...places.values()].map((p) => p.row)) + 1;
  const width = MARGIN * 2 + columns * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP;
  const height =
    TOP_MARGIN + MARGIN + rows * (NODE_HEIGHT + ROW_GAP) - ROW_GAP + 24;
  const rankOf = causeRanks(rootCauses);
  const edgeMarks = edges
    .map((edge) => renderEdge(edge, places))
    .filter((mark) => mark !== '');
  const nodeMarks = nodes.map((node) =>
    renderNode(node, places.get(node.name), rankOf.get(node.name)),
  );

  return [
    `<svg class="service-map" role="img" aria-labelledby="service-map-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    '<title id="service-map-title">Service map of the window</title>',
    ARROW_MARKER,
    ...edgeMarks,
    ...nodeMarks,
    '</svg>',
  ].join('\n');
}

const ARROW_MARKER =
  '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#4b5563"/></marker></defs>';

function causeRanks(rootCauses: readonly RootCause[]): Map<string, RootCause> {
  const ranks = new Map<string, RootCause>();
  for (const cause of rootCauses) {
    if (!ranks.has(cause.service)) ranks.set(cause.service, cause);
  }

  return ranks;
}

function origin(place: MapPlace): { x: number; y: number } {
  return {
    x: MARGIN + place.column * (NODE_WIDTH + COLUMN_GAP),
    y: TOP_MARGIN + place.row * (NODE_HEIGHT + ROW_GAP),
  };
}

function renderNode(
  node: ServiceNode,
  place: MapPlace | undefined,
  cause: RootCause | undefined,
): string {
  if (place === undefined) return '';

  const { x, y } = origin(place);
  const health = dominantHealth(node);
  const colours = HEALTH_COLOURS[health];
  const name = escapeHtml(node.name);
  const [shares, count] = healthLines(node);
  const label = `${shares} ${count}`;
  const causeClass = cause?.rank === 1 ? ' root-cause' : cause ? ' cause' : '';
  const marks = [
    `<g class="map-node${causeClass}" data-service="${name}" data-health="${health}">`,
    `<title>${name}: ${escapeHtml(KIND_LABELS[node.kind])}, ${escapeHtml(label)}</title>`,
    `<rect x="${x}" y="${y}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="8" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="${cause?.rank === 1 ? 4 : 2}"/>`,
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
  const traces = `${node.traces} trace${node.traces === 1 ? '' : 's'}`;

  return shares.length === 0
    ? ['ok', `in ${traces}`]
    : [shares.join(', '), `of ${traces}`];
}

function renderEdge(
  edge: ServiceEdge,
  places: ReadonlyMap<string, MapPlace>,
): string {
  const from = places.get(edge.caller);
  const to = places.get(edge.callee);
  if (from === undefined || to === undefined) return '';

  const start = origin(from);
  const end = origin(to);
  const x1 = start.x + NODE_WIDTH;
  const y1 = start.y + NODE_HEIGHT / 2;
  const x2 = end.x;
  const y2 = end.y + NODE_HEIGHT / 2;
  const bend = Math.max(40, Math.abs(x2 - x1) / 2);
  const failing = edge.failures > 0;
  const labelX = (x1 + x2) / 2;
  // A level edge would run through its label: lift the label above it.
  const labelY = (y1 + y2) / 2 - (y1 === y2 ? 14 : 0);
  const title = `${edge.caller} → ${edge.callee}`;

  return [
    `<g class="map-edge${failing ? ' failing' : ''}" data-caller="${escapeHtml(edge.caller)}" data-callee="${escapeHtml(edge.callee)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<path d="M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}" fill="none" stroke="${failing ? HEALTH_COLOURS.fault.stroke : '#4b5563'}" stroke-width="${failing ? 2.5 : 1.5}" marker-end="url(#arrow)"/>`,
    `<text x="${labelX}" y="${labelY - 6}" class="edge-label" text-anchor="middle">${edge.calls} calls${failing ? `, ${edge.failures} failed` : ''}</text>`,
    `<text x="${labelX}" y="${labelY + 10}" class="edge-label" text-anchor="middle">p50 ${formatDuration(edge.p50)} · p99 ${formatDuration(edge.p99)}</text>`,
    '</g>',
  ].join('');
}
