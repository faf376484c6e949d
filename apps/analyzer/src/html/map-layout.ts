import type { ServiceEdge } from '@org/rca';

/**
 * Where a node sits on the map: its column (callers left of callees) and
 * its row within the column.
 *
 * @example
 * const place: MapPlace = { column: 1, row: 0 };
 */
export interface MapPlace {
  column: number;
  row: number;
}

/**
 * A deterministic layered layout: each node's column is the length of the
 * longest call chain that reaches it (a node nobody calls is in column 0),
 * and within a column nodes are ordered by the mean row of their callers,
 * then by name, so that edges cross less. Call cycles are cut at the
 * column count.
 *
 * @example
 * layoutMap(['api', 'DynamoDB'], [{ caller: 'api', callee: 'DynamoDB', ... }]);
 * // Map { 'api' => { column: 0, row: 0 }, 'DynamoDB' => { column: 1, row: 0 } }
 */
export function layoutMap(
  names: readonly string[],
  edges: readonly ServiceEdge[],
): Map<string, MapPlace> {
  const columns = assignColumns(names, edges);
  const places = new Map<string, MapPlace>();
  const deepest = Math.max(0, ...columns.values());
  for (let column = 0; column <= deepest; column += 1) {
    const members = names.filter((name) => columns.get(name) === column);
    const ordered = members
      .map((name) => ({ name, weight: callerWeight(name, edges, places) }))
      .sort(
        (left, right) =>
          left.weight - right.weight ||
          (left.name < right.name ? -1 : left.name > right.name ? 1 : 0),
      );
    ordered.forEach(({ name }, row) => places.set(name, { column, row }));
  }

  return places;
}

function assignColumns(
  names: readonly string[],
  edges: readonly ServiceEdge[],
): Map<string, number> {
  const columns = new Map(names.map((name) => [name, 0]));
  const limit = names.length;
  for (let pass = 0; pass < limit; pass += 1) {
    let moved = false;
    for (const edge of edges) {
      const callerColumn = columns.get(edge.caller) ?? 0;
      const calleeColumn = columns.get(edge.callee) ?? 0;
      if (edge.caller === edge.callee || calleeColumn > callerColumn) continue;
      if (callerColumn + 1 >= limit) continue;
      columns.set(edge.callee, callerColumn + 1);
      moved = true;
    }
    if (!moved) break;
  }

  return columns;
}

function callerWeight(
  name: string,
  edges: readonly ServiceEdge[],
  places: ReadonlyMap<string, MapPlace>,
): number {
  const rows = edges
    .filter((edge) => edge.callee === name)
    .map((edge) => places.get(edge.caller)?.row)
    .filter((row): row is number => row !== undefined);
  if (rows.length === 0) return Number.POSITIVE_INFINITY;

  return rows.reduce((sum, row) => sum + row, 0) / rows.length;
}
