import type { ServiceEdge } from '@org/rca';
import { escapeHtml } from './escape.js';
import { counted, formatDuration } from './format.js';
import { HEALTH_COLOURS } from './health.js';
import { MAP_SIZES, type MapFrame } from './map-geometry.js';
import type { MapPlace } from './map-layout.js';

const EDGE_COLOUR = '#4b5563';

/**
 * The arrow head shared by every edge, sized in pixels so that a thick
 * failing edge does not get a larger head.
 *
 * @example
 * `<svg>${ARROW_MARKER}...</svg>`;
 */
export const ARROW_MARKER = `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${EDGE_COLOUR}"/></marker></defs>`;

/**
 * The edges of the map as SVG: each arrow leaves its caller and enters its
 * callee at a port of its own (ordered by the other end's row, so that
 * arrows cross less), and is labelled just before its callee with its
 * calls, failures and p99 latency; the p50 is in its tooltip. Failing
 * edges are thicker and red, and say how many calls failed.
 *
 * @example
 * renderEdges(report.serviceGraph, places, mapFrame(edges, places));
 */
export function renderEdges(
  edges: readonly ServiceEdge[],
  places: ReadonlyMap<string, MapPlace>,
  frame: MapFrame,
): string[] {
  const drawn = edges.filter(
    (edge) => places.has(edge.caller) && places.has(edge.callee),
  );
  const exits = ports(drawn, places, frame, 'caller');
  const entries = ports(drawn, places, frame, 'callee');

  return drawn.map((edge) =>
    renderEdge(edge, exits.get(edge) ?? 0, entries.get(edge) ?? 0, {
      from: frame.origin(places.get(edge.caller) as MapPlace),
      to: frame.origin(places.get(edge.callee) as MapPlace),
    }),
  );
}

/** The y of each edge's port at one end, spread along the node's side. */
function ports(
  edges: readonly ServiceEdge[],
  places: ReadonlyMap<string, MapPlace>,
  frame: MapFrame,
  end: 'caller' | 'callee',
): Map<ServiceEdge, number> {
  const other = end === 'caller' ? 'callee' : 'caller';
  const byNode = new Map<string, ServiceEdge[]>();
  for (const edge of edges) {
    byNode.set(edge[end], [...(byNode.get(edge[end]) ?? []), edge]);
  }
  const result = new Map<ServiceEdge, number>();
  for (const [name, group] of byNode) {
    const place = places.get(name) as MapPlace;
    group.sort((left, right) => rowOf(left, other) - rowOf(right, other));
    const spacing = Math.min(
      MAP_SIZES.portSpacing,
      (frame.nodeHeight - 16) / group.length,
    );
    const middle = frame.origin(place).y + frame.nodeHeight / 2;
    group.forEach((edge, index) => {
      result.set(edge, middle + (index - (group.length - 1) / 2) * spacing);
    });
  }

  return result;

  function rowOf(edge: ServiceEdge, side: 'caller' | 'callee'): number {
    const place = places.get(edge[side]);

    return place === undefined ? 0 : place.row * 1000 + place.column;
  }
}

function renderEdge(
  edge: ServiceEdge,
  exitY: number,
  entryY: number,
  ends: { from: { x: number }; to: { x: number } },
): string {
  const x1 = ends.from.x + MAP_SIZES.nodeWidth;
  const x2 = ends.to.x;
  const bend = Math.max(60, Math.abs(x2 - x1) / 2);
  const failing = edge.failures > 0;
  const stroke = failing ? HEALTH_COLOURS.fault.stroke : EDGE_COLOUR;
  const label = `${counted(edge.calls, 'call')}${failing ? `, ${edge.failures} failed` : ''} · p99 ${formatDuration(edge.p99)}`;
  const title = `${edge.caller} → ${edge.callee}: ${label}, p50 ${formatDuration(edge.p50)}`;

  return [
    `<g class="map-edge${failing ? ' failing' : ''}" data-caller="${escapeHtml(edge.caller)}" data-callee="${escapeHtml(edge.callee)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<path d="M${x1},${exitY} C${x1 + bend},${exitY} ${x2 - bend},${entryY} ${x2},${entryY}" fill="none" stroke="${stroke}" stroke-width="${failing ? 2.5 : 1.5}" marker-end="url(#arrow)"/>`,
    `<text x="${x2 - 14}" y="${entryY - 7}" class="edge-label" text-anchor="end">${escapeHtml(label)}</text>`,
    '</g>',
  ].join('');
}
