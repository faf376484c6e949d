import type { NodeOutcome } from '../classify/node-outcome.js';
import type { TraceTree } from '../tree/assemble-tree.js';
import type { TraceNode } from '../tree/trace-node.js';

/**
 * A failing node whose `cause` is a reference (`"cause": "<id>"`) to the
 * descendant that first recorded the exception passes its failure down to
 * that descendant when the descendant carries no flag of its own, so that
 * the search for where trouble starts reaches it.
 *
 * @example
 * linkCauseReferences(tree, outcomes);
 */
export function linkCauseReferences(
  tree: TraceTree,
  outcomes: Map<TraceNode, NodeOutcome>,
): void {
  const referencing = tree.nodes.filter(
    (node) => node.causeId !== undefined && outcomes.get(node) !== 'ok',
  );
  if (referencing.length === 0) return;

  const byId = new Map(tree.nodes.map((node) => [node.id, node]));
  for (const node of referencing) {
    const target = byId.get(node.causeId as string);
    if (target === undefined || target === node) continue;
    if (outcomes.get(target) !== 'ok' || !isDescendant(target, node)) continue;
    outcomes.set(target, outcomes.get(node) as NodeOutcome);
  }
}

function isDescendant(node: TraceNode, ancestor: TraceNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current === ancestor) return true;
  }

  return false;
}
