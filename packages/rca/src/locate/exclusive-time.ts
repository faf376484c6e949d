import type { NodeLocation } from '../classify/node-location.js';
import type { TraceNode } from '../tree/trace-node.js';
import { unionLength } from './interval-union.js';

/**
 * Scratch space reused by every call of `unitOwnTime`: the nodes still to
 * visit and the starts and ends of the spans handed off. Reusing it keeps
 * the per-node cost free of allocations; only the first entries, counted
 * per call, are meaningful. Every node slot is emptied once visited, so
 * no tree stays reachable from here after a call.
 */
const pending: Array<TraceNode | undefined> = [];
const starts: number[] = [];
const ends: number[] = [];

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
  const key = locate(unit).key;
  let waiting = 0;
  let spans = 0;
  for (const child of unit.children) {
    pending[waiting] = child;
    waiting += 1;
  }
  while (waiting > 0) {
    waiting -= 1;
    const node = pending[waiting] as TraceNode;
    pending[waiting] = undefined;
    if (locate(node).key === key) {
      for (const child of node.children) {
        pending[waiting] = child;
        waiting += 1;
      }
      continue;
    }
    const nodeStart = Math.max(start, Math.min(end, node.start));
    const nodeEnd = Math.max(nodeStart, Math.min(end, node.end ?? traceEnd));
    if (nodeEnd > nodeStart) {
      starts[spans] = nodeStart;
      ends[spans] = nodeEnd;
      spans += 1;
    }
  }

  return Math.max(0, end - start - unionLength(starts, ends, spans));
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
