import type { NodeLocation } from '../classify/node-location.js';
import type { TraceNode } from '../tree/trace-node.js';

/**
 * The own (exclusive) time of a unit of work, in seconds: the node's
 * span minus the union of the spans of the work it handed elsewhere. A
 * unit is a node together with its descendants at the same location (a
 * function segment with its Invocation and handler subsegments); the work
 * handed elsewhere is the first descendants at another location (calls,
 * called segments). Spans are clipped to the unit's span because clocks
 * of different hosts disagree a little; unfinished nodes end at
 * `traceEnd`.
 *
 * @example
 * unitOwnTime(functionSegment, tree.end, locator.locate);
 */
export function unitOwnTime(
  unit: TraceNode,
  traceEnd: number,
  locate: (node: TraceNode) => NodeLocation,
): number {
  const start = unit.start;
  const end = Math.max(start, unit.end ?? traceEnd);
  if (unit.children.length === 0) return Math.max(0, end - start);
  const handedOff: Array<[number, number]> = [];
  const key = locate(unit).key;
  const pending = unit.children.slice();
  while (pending.length > 0) {
    const node = pending.pop() as TraceNode;
    if (locate(node).key === key) {
      for (const child of node.children) pending.push(child);
      continue;
    }
    const nodeStart = Math.max(start, Math.min(end, node.start));
    const nodeEnd = Math.max(nodeStart, Math.min(end, node.end ?? traceEnd));
    if (nodeEnd > nodeStart) handedOff.push([nodeStart, nodeEnd]);
  }

  return Math.max(0, end - start - unionLength(handedOff));
}

function unionLength(intervals: Array<[number, number]>): number {
  if (intervals.length === 0) return 0;
  if (intervals.length === 1) {
    const [start, end] = intervals[0] as [number, number];
    return end - start;
  }
  intervals.sort((left, right) => left[0] - right[0]);
  let covered = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const [start, end] of intervals) {
    if (end <= reach) continue;
    covered += end - Math.max(reach, start);
    reach = end;
  }

  return covered;
}

/**
 * A node's duration in seconds, ending unfinished nodes at `traceEnd`.
 *
 * @example
 * nodeDuration(node, tree.end); // 0.25
 */
export function nodeDuration(node: TraceNode, traceEnd: number): number {
  return Math.max(0, (node.end ?? traceEnd) - node.start);
}
