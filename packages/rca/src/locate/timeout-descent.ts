import type { TraceNode } from '../tree/trace-node.js';
import { nodeDuration } from './exclusive-time.js';
import type { LocateNode } from './failure-origins.js';

/** A child that used this share of a timed-out caller's time is blamed. */
const DOMINANT_SHARE = 0.6;

/**
 * Follows a timeout down to the call that used up the time: while one
 * child took most of the node's duration, move to it. A function that
 * timed out while its HTTP call hung is a timeout of that call. Returns
 * the node itself when no single child dominates or when the descent only
 * reaches nodes of the same location (the function's own subsegments).
 *
 * @example
 * descendTimeout(functionSegment, tree.end, locateNode); // the hung call
 */
export function descendTimeout(
  node: TraceNode,
  traceEnd: number,
  locate: LocateNode,
): TraceNode {
  let current = node;
  for (let depth = 0; depth < 64; depth += 1) {
    const next = dominantChild(current, traceEnd);
    if (next === undefined) break;
    current = next;
  }
  if (current === node) return node;

  return locate(current).key === locate(node).key ? node : current;
}

function dominantChild(
  node: TraceNode,
  traceEnd: number,
): TraceNode | undefined {
  const duration = nodeDuration(node, traceEnd);
  if (duration <= 0) return undefined;

  let longest: TraceNode | undefined;
  let longestDuration = 0;
  for (const child of node.children) {
    const childDuration = nodeDuration(child, traceEnd);
    if (childDuration > longestDuration) {
      longest = child;
      longestDuration = childDuration;
    }
  }

  return longestDuration >= DOMINANT_SHARE * duration ? longest : undefined;
}
