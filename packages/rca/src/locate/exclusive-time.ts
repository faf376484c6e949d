import type { TraceNode } from '../tree/trace-node.js';

/**
 * The time a node spent on its own: its duration minus the union of its
 * children's intervals, each clipped to the node's interval (clocks of
 * different hosts disagree a little). Unfinished nodes end at `traceEnd`.
 * Seconds.
 *
 * @example
 * exclusiveTime(functionSegment, tree.end); // 0.012
 */
export function exclusiveTime(node: TraceNode, traceEnd: number): number {
  const start = node.start;
  const end = Math.max(start, node.end ?? traceEnd);
  let covered = 0;
  let reach = start;
  for (const child of node.children) {
    const childStart = Math.max(start, Math.min(end, child.start));
    const childEnd = Math.max(childStart, Math.min(end, child.end ?? traceEnd));
    if (childEnd <= reach) continue;
    covered += childEnd - Math.max(reach, childStart);
    reach = childEnd;
  }

  return Math.max(0, end - start - covered);
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
