import type { NodeLocation } from '../classify/node-location.js';
import { classifyNode, type NodeOutcome } from '../classify/node-outcome.js';
import type { TraceTree } from '../tree/assemble-tree.js';
import type { TraceNode } from '../tree/trace-node.js';
import { linkCauseReferences } from './cause-references.js';
import type { Finding, FindingStep } from './finding.js';
import { descendTimeout } from './timeout-descent.js';

/** Names a node's location; shared so that locations are computed once. */
export type LocateNode = (node: TraceNode) => NodeLocation;

/**
 * Finds where trouble starts in one trace: every failing node whose
 * failure no failing descendant explains, with the chain of failing
 * callers above it. Unfinished calls count only under a failed caller
 * (the trace ended, they did not). Returns no findings for a healthy trace.
 *
 * @example
 * const findings = findFailures(tree, locateNode);
 * findings[0]?.chain[0]?.location.service; // 'DynamoDB'
 */
export function findFailures(tree: TraceTree, locate: LocateNode): Finding[] {
  const outcomes = new Map<TraceNode, NodeOutcome>();
  let anyFailure = false;
  for (const node of tree.nodes) {
    const outcome = classifyNode(node);
    outcomes.set(node, outcome);
    if (outcome !== 'ok' && outcome !== 'unfinished') anyFailure = true;
  }
  if (!anyFailure) return [];

  linkCauseReferences(tree, outcomes);
  const failing = effectiveFailures(tree, outcomes);
  const origins = originsOf(tree, failing);

  return dedupe(
    origins.map((node) => buildFinding(node, tree, outcomes, failing, locate)),
  );
}

function effectiveFailures(
  tree: TraceTree,
  outcomes: Map<TraceNode, NodeOutcome>,
): Set<TraceNode> {
  const failing = new Set<TraceNode>();
  const underFailure = new Set<TraceNode>();
  for (const node of tree.nodes) {
    const parent = node.parent;
    const ancestorFailed =
      parent !== undefined && (failing.has(parent) || underFailure.has(parent));
    if (ancestorFailed) underFailure.add(node);
    const outcome = outcomes.get(node);
    if (outcome === 'ok') continue;
    if (outcome !== 'unfinished' || ancestorFailed) failing.add(node);
  }

  return failing;
}

function originsOf(tree: TraceTree, failing: Set<TraceNode>): TraceNode[] {
  const failingBelow = new Set<TraceNode>();
  const nodes = tree.nodes;
  for (let index = nodes.length - 1; index >= 0; index -= 1) {
    const node = nodes[index] as TraceNode;
    const parent = node.parent;
    if (parent === undefined) continue;
    if (failing.has(node) || failingBelow.has(node)) failingBelow.add(parent);
  }

  return nodes.filter((node) => failing.has(node) && !failingBelow.has(node));
}

function buildFinding(
  node: TraceNode,
  tree: TraceTree,
  outcomes: Map<TraceNode, NodeOutcome>,
  failing: Set<TraceNode>,
  locate: LocateNode,
): Finding {
  const outcome = outcomes.get(node) as FindingStep['outcome'];
  const origin =
    outcome === 'timeout' ? descendTimeout(node, tree.end, locate) : node;
  const inferred = origin !== node;
  const chain: FindingStep[] = [
    makeStep(origin, inferred ? 'timeout' : outcome, inferred, locate),
  ];
  for (let caller = origin.parent; caller; caller = caller.parent) {
    if (!failing.has(caller)) continue;
    const step = makeStep(
      caller,
      outcomes.get(caller) as FindingStep['outcome'],
      false,
      locate,
    );
    const last = chain[chain.length - 1] as FindingStep;
    if (step.location.key !== last.location.key) chain.push(step);
  }

  return { chain, calls: 1 };
}

function makeStep(
  node: TraceNode,
  outcome: FindingStep['outcome'],
  inferred: boolean,
  locate: LocateNode,
): FindingStep {
  const exception = node.exceptions.find((item) => item.type ?? item.message);
  const retries = node.aws?.retries;

  return {
    location: locate(node),
    outcome,
    exception: exception?.type ?? exception?.message,
    status: node.status,
    retries: typeof retries === 'number' ? retries : 0,
    inferred,
  };
}

function dedupe(findings: Finding[]): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const finding of findings) {
    const origin = finding.chain[0] as FindingStep;
    const key = `${origin.location.key}|${origin.outcome}`;
    const existing = byKey.get(key);
    const calls = (existing?.calls ?? 0) + finding.calls;
    byKey.set(key, { chain: existing?.chain ?? finding.chain, calls });
  }

  return [...byKey.values()];
}
