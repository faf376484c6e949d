import {
  classifyNode,
  locateNode,
  type NodeLocation,
  type RootCause,
  type TraceNode,
  type TraceTree,
} from '@org/rca';
import { type Health, healthOf } from './health.js';

/**
 * One bar of the waterfall: a segment or subsegment with its depth in the
 * tree and its times in milliseconds from the start of the trace.
 *
 * @example
 * const row: WaterfallRow = {
 *   label: 'DynamoDB PutItem orders', depth: 2, offset: 12, duration: 2410,
 *   finished: true, health: 'throttle', highlighted: true,
 * };
 */
export interface WaterfallRow {
  label: string;
  depth: number;
  offset: number;
  duration: number;
  finished: boolean;
  health: Health;
  /** The first exception recorded on the span, as `type: message`. */
  exception?: string;
  /** True for the failing call of the root cause. */
  highlighted: boolean;
}

/**
 * The rows of a trace's waterfall in depth-first order, highlighting the
 * calls where `cause` is located: those of them that failed, or all of
 * them when none failed (a latency or cold-start cause).
 *
 * @example
 * const rows = waterfallRows(traceTree(traces, id), report.rootCauses[0]);
 */
export function waterfallRows(
  tree: TraceTree,
  cause: RootCause | undefined,
): WaterfallRow[] {
  const matching = new Set(
    tree.nodes.filter((node) => cause && isAt(locateNode(node), cause)),
  );
  const failing = [...matching].filter((node) => classifyNode(node) !== 'ok');
  const highlighted = new Set(failing.length > 0 ? failing : matching);

  return tree.nodes.map((node) => ({
    label: labelOf(node),
    depth: depthOf(node),
    offset: (node.start - tree.start) * 1000,
    duration: ((node.end ?? tree.end) - node.start) * 1000,
    finished: node.end !== undefined && !node.inProgress,
    health: healthOf(classifyNode(node)),
    exception: exceptionOf(node),
    highlighted: highlighted.has(node),
  }));
}

function isAt(location: NodeLocation, cause: RootCause): boolean {
  if (location.service !== cause.service) return false;
  if (cause.resource !== undefined && location.resource !== cause.resource) {
    return false;
  }
  if (cause.operation !== undefined && location.operation !== cause.operation) {
    return false;
  }
  if (cause.kind === 'cold-start') return location.phase === 'initialization';

  return true;
}

function exceptionOf(node: TraceNode): string | undefined {
  const [first] = node.exceptions;
  if (first === undefined) return undefined;
  const parts = [first.type, first.message].filter(Boolean);

  return parts.length === 0 ? undefined : parts.join(': ');
}

/**
 * The span's name, its operation or HTTP method, and for a segment the
 * last part of its origin, which tells Lambda's own segment from the
 * function's (`order-validation (Lambda)`, `order-validation (Function)`).
 */
function labelOf(node: TraceNode): string {
  const operation = node.aws?.operation;
  const action =
    typeof operation === 'string' && operation !== ''
      ? ` ${operation}`
      : node.method !== undefined && !node.isSegment
        ? ` ${node.method}`
        : '';
  const origin = node.isSegment ? node.origin?.split('::').pop() : undefined;

  return `${node.name}${action}${origin ? ` (${origin})` : ''}`;
}

function depthOf(node: TraceNode): number {
  let depth = 0;
  for (let current = node.parent; current; current = current.parent) {
    depth += 1;
  }

  return depth;
}
