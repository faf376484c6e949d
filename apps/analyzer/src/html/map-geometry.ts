import type { ServiceEdge } from '@org/rca';
import type { MapPlace } from './map-layout.js';

/**
 * Sizes of the service map in SVG pixels.
 *
 * @example
 * MAP_SIZES.nodeWidth; // 200
 */
export const MAP_SIZES = {
  nodeWidth: 200,
  minimumNodeHeight: 88,
  columnGap: 260,
  rowGap: 56,
  margin: 24,
  topMargin: 36,
  /** Vertical distance between the arrows that enter one node. */
  portSpacing: 18,
} as const;

/**
 * The pixel frame of a laid-out map: every node is as tall as the node
 * with the most incoming arrows needs, so that each arrow (and its label)
 * gets a row of its own.
 *
 * @example
 * const frame = mapFrame(edges, places);
 * frame.origin({ column: 1, row: 0 }); // { x: 484, y: 36 }
 */
export interface MapFrame {
  nodeHeight: number;
  width: number;
  height: number;
  origin: (place: MapPlace) => { x: number; y: number };
}

/**
 * Sizes the map for its places and edges.
 *
 * @example
 * const frame = mapFrame(report.serviceGraph, layoutMap(names, edges));
 */
export function mapFrame(
  edges: readonly ServiceEdge[],
  places: ReadonlyMap<string, MapPlace>,
): MapFrame {
  const incoming = new Map<string, number>();
  for (const edge of edges) {
    incoming.set(edge.callee, (incoming.get(edge.callee) ?? 0) + 1);
  }
  const mostIncoming = Math.max(0, ...incoming.values());
  const nodeHeight = Math.max(
    MAP_SIZES.minimumNodeHeight,
    mostIncoming * MAP_SIZES.portSpacing + 16,
  );
  let columns = 1;
  let rows = 1;
  for (const place of places.values()) {
    columns = Math.max(columns, place.column + 1);
    rows = Math.max(rows, place.row + 1);
  }
  const columnPitch = MAP_SIZES.nodeWidth + MAP_SIZES.columnGap;
  const rowPitch = nodeHeight + MAP_SIZES.rowGap;

  return {
    nodeHeight,
    width: MAP_SIZES.margin * 2 + columns * columnPitch - MAP_SIZES.columnGap,
    height:
      MAP_SIZES.topMargin +
      MAP_SIZES.margin +
      rows * rowPitch -
      MAP_SIZES.rowGap,
    origin: (place) => ({
      x: MAP_SIZES.margin + place.column * columnPitch,
      y: MAP_SIZES.topMargin + place.row * rowPitch,
    }),
  };
}
