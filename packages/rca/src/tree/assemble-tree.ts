import type { SegmentDocument } from '../model/segment-document.js';
import type { TraceRecord } from '../model/trace-set.js';
import { parseRawDocument } from '../read/parse-document.js';
import { NodeIndex } from './node-index.js';
import { type TraceNode, toTraceNode } from './trace-node.js';

/**
 * One trace assembled into a tree across all its documents. `root` is the
 * earliest parentless segment; documents whose parent is missing hang under
 * it with `orphan: true`. `nodes` lists every node in depth-first order.
 *
 * @example
 * const tree = assembleTree(traces.traces[0]);
 * tree.root.name; // 'order-validation'
 */
export interface TraceTree {
  readonly traceId: string;
  readonly root: TraceNode;
  readonly roots: readonly TraceNode[];
  readonly nodes: readonly TraceNode[];
  readonly start: number;
  /** Latest end of any node: when the trace, as recorded, ended. */
  readonly end: number;
  /** False when the root itself never finished (the trace is in flight). */
  readonly finished: boolean;
}

/**
 * Builds the tree of one trace: nested subsegments, separately sent
 * subsegments, downstream segments under their calling subsegment,
 * duplicates resolved to the most complete copy, and orphans kept.
 *
 * @example
 * const tree = assembleTree({ id: '1-5f8a...', documents });
 */
export function assembleTree(record: TraceRecord): TraceTree {
  const index = new NodeIndex();
  for (let position = 0; position < record.documents.length; position += 1) {
    collect(parseRawDocument(record, position), undefined, index);
  }
  const nodes = index.nodes;
  const roots = link(nodes, index);

  return finish(record.id, roots, nodes);
}

function collect(
  document: SegmentDocument,
  nestingParentId: string | undefined,
  index: NodeIndex,
): void {
  if (typeof document.id !== 'string') return;

  const node = toTraceNode(document, nestingParentId);
  const subsegments = document.subsegments;
  const nested = Array.isArray(subsegments) ? subsegments : undefined;
  const finished = typeof document.end_time === 'number' && !node.inProgress;
  index.offer(node, scoreCompleteness(finished, nested, document.cause));
  if (nested === undefined) return;

  for (const subsegment of nested) {
    if (typeof subsegment === 'object' && subsegment !== null) {
      collect(subsegment, node.id, index);
    }
  }
}

/** Ranks copies of one node: finished first, then more subsegments. */
function scoreCompleteness(
  finished: boolean,
  subsegments: readonly unknown[] | undefined,
  cause: unknown,
): number {
  return (
    (finished ? 1_000_000 : 0) +
    (subsegments?.length ?? 0) * 10 +
    (cause ? 1 : 0)
  );
}

function link(nodes: TraceNode[], index: NodeIndex): TraceNode[] {
  const roots: TraceNode[] = [];
  const orphans: TraceNode[] = [];
  for (const node of nodes) {
    const parent =
      node.parentId === undefined ? undefined : index.find(node.parentId);
    if (parent !== undefined && parent !== node) {
      parent.children.push(node);
      node.parent = parent;
    } else if (node.parentId !== undefined) {
      orphans.push(node);
    } else {
      roots.push(node);
    }
  }
  const tops = roots.length > 0 ? roots : orphans.splice(0, orphans.length);
  tops.sort(byStart);
  const primary = tops[0];
  if (primary === undefined) return [];

  if (orphans.length === 0) return tops;
  const segments = nodes.filter((node) => node.isSegment);
  for (const orphan of orphans) {
    adopt(enclosingSegment(orphan, segments) ?? primary, orphan);
  }

  return tops;
}

/**
 * The segment that most likely ran an orphan whose parent was never sent:
 * the latest-starting segment whose time span holds the orphan's start.
 */
function enclosingSegment(
  orphan: TraceNode,
  segments: readonly TraceNode[],
): TraceNode | undefined {
  let best: TraceNode | undefined;
  for (const segment of segments) {
    if (segment === orphan || segment.start > orphan.start) continue;
    if (segment.end !== undefined && segment.end < orphan.start) continue;
    if (best !== undefined && segment.start <= best.start) continue;
    if (!isWithin(segment, orphan)) best = segment;
  }

  return best;
}

function isWithin(node: TraceNode, ancestor: TraceNode): boolean {
  for (
    let current: TraceNode | undefined = node;
    current;
    current = current.parent
  ) {
    if (current === ancestor) return true;
  }

  return false;
}

function adopt(parent: TraceNode, child: TraceNode): void {
  child.orphan = true;
  child.parent = parent;
  parent.children.push(child);
}

function finish(
  traceId: string,
  roots: TraceNode[],
  allNodes: TraceNode[],
): TraceTree {
  const primary = roots[0];
  if (primary === undefined) {
    throw new RangeError(`trace ${traceId} has no documents`);
  }
  const nodes: TraceNode[] = [];
  for (const root of roots) {
    walk(root, undefined, nodes);
  }
  if (nodes.length < allNodes.length) {
    rescueCycles(primary, allNodes, nodes);
  }

  return summarise(traceId, roots, nodes);
}

/**
 * Visits a subtree depth-first. A node's `segment` is set when it is
 * visited (and only then), so it also marks visited nodes.
 */
function walk(
  node: TraceNode,
  segment: TraceNode | undefined,
  nodes: TraceNode[],
): void {
  nodes.push(node);
  if (Number.isNaN(node.start)) {
    (node as { start: number }).start = node.parent?.start ?? node.end ?? 0;
  }
  node.segment = node.isSegment ? node : (segment ?? node);
  if (!isInStartOrder(node.children)) node.children.sort(byStart);
  for (const child of node.children) {
    if (child.segment === undefined) walk(child, node.segment, nodes);
  }
}

/** Nodes whose parents form a loop are unreachable; hang them on the root. */
function rescueCycles(
  primary: TraceNode,
  allNodes: TraceNode[],
  nodes: TraceNode[],
): void {
  for (const node of allNodes) {
    if (node.segment !== undefined) continue;
    const siblings = node.parent?.children;
    if (siblings) siblings.splice(siblings.indexOf(node), 1);
    adopt(primary, node);
    walk(node, primary.segment, nodes);
  }
}

function summarise(
  traceId: string,
  roots: TraceNode[],
  nodes: TraceNode[],
): TraceTree {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const node of nodes) {
    if (node.start < start) start = node.start;
    const nodeEnd = node.end ?? node.start;
    if (nodeEnd > end) end = nodeEnd;
  }
  const root = roots[0] as TraceNode;
  const finished = root.end !== undefined && !root.inProgress;

  return { traceId, root, roots, nodes, start, end, finished };
}

/**
 * True when nodes already follow `byStart`, as children mostly do: one
 * pass then replaces a sort.
 */
function isInStartOrder(nodes: readonly TraceNode[]): boolean {
  for (let index = 1; index < nodes.length; index += 1) {
    if (byStart(nodes[index - 1] as TraceNode, nodes[index] as TraceNode) > 0) {
      return false;
    }
  }

  return true;
}

function byStart(left: TraceNode, right: TraceNode): number {
  const leftStart = Number.isNaN(left.start) ? Number.MAX_VALUE : left.start;
  const rightStart = Number.isNaN(right.start) ? Number.MAX_VALUE : right.start;
  if (leftStart !== rightStart) return leftStart - rightStart;

  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}
