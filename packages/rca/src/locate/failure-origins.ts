import {
  invokeLocation,
  type NodeLocation,
} from '../classify/node-location.js';
import { classifyNode, type NodeOutcome } from '../classify/node-outcome.js';
import type { TraceTree } from '../tree/assemble-tree.js';
import type { TraceNode } from '../tree/trace-node.js';
import { linkCauseReferences } from './cause-references.js';
import { nodeDuration } from './exclusive-time.js';
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
  if (!tree.nodes.some(mightFail)) return [];

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
  const origins = withoutExplainedCode(originsOf(tree, failing), locate);

  return dedupe(
    origins.map((node) => buildFinding(node, tree, outcomes, failing, locate)),
  );
}

/** A cheap test that lets healthy traces skip classification. */
function mightFail(node: TraceNode): boolean {
  return (
    node.error ||
    node.fault ||
    node.throttle ||
    node.end === undefined ||
    node.inProgress ||
    node.exceptions.length > 0 ||
    (node.status !== undefined && node.status >= 400)
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

/**
 * A segment's own subsegments (Lambda's Invocation, a handler subsegment)
 * fail alongside a failure deeper down: a call made inside the segment or
 * a segment it called. Only the deeper failure is an origin then.
 */
function withoutExplainedCode(
  origins: TraceNode[],
  locate: LocateNode,
): TraceNode[] {
  const segmentsFailedBelow = new Set<TraceNode>();
  for (const origin of origins) {
    const own = locate(origin).phase === 'call' ? undefined : origin.segment;
    for (let node = origin.parent; node; node = node.parent) {
      if (node.isSegment && node !== own) segmentsFailedBelow.add(node);
    }
  }

  return origins.filter((origin) => {
    const segment = origin.segment;
    if (locate(origin).phase === 'call' || segment === undefined) return true;

    return !segmentsFailedBelow.has(segment);
  });
}

function buildFinding(
  node: TraceNode,
  tree: TraceTree,
  outcomes: Map<TraceNode, NodeOutcome>,
  failing: Set<TraceNode>,
  locate: LocateNode,
): Finding {
  const outcome = outcomes.get(node) as FindingStep['outcome'];
  const anchor = timeoutAnchor(node, outcomes, locate);
  const descended =
    anchor === undefined ? node : descendTimeout(anchor, tree.end, locate);
  const inferred = anchor !== undefined && descended !== anchor;
  const origin = inferred ? descended : node;
  const chain: FindingStep[] = [
    makeStep(
      origin,
      inferred ? 'timeout' : outcome,
      inferred,
      locate,
      tree.end,
    ),
  ];
  for (let caller = origin.parent; caller; caller = caller.parent) {
    if (!failing.has(caller)) continue;
    const step = makeStep(
      caller,
      outcomes.get(caller) as FindingStep['outcome'],
      false,
      locate,
      tree.end,
    );
    const last = chain[chain.length - 1] as FindingStep;
    if (step.location.key !== last.location.key) chain.push(step);
    else chain[chain.length - 1] = sharper(last, step);
  }

  return { chain, calls: 1, reachesEntry: failing.has(tree.root) };
}

/**
 * The node a timeout is followed down from: the node itself when it timed
 * out, or its highest caller at the same location that did (the function
 * segment above a failed Invocation subsegment).
 */
function timeoutAnchor(
  node: TraceNode,
  outcomes: Map<TraceNode, NodeOutcome>,
  locate: LocateNode,
): TraceNode | undefined {
  let anchor = outcomes.get(node) === 'timeout' ? node : undefined;
  const key = locate(node).key;
  for (let caller = node.parent; caller; caller = caller.parent) {
    if (locate(caller).key !== key) break;
    if (outcomes.get(caller) === 'timeout') anchor = caller;
  }

  return anchor;
}

/**
 * Lambda records a throttled invocation (reserved or account concurrency
 * reached) on its service segment, before any function code runs: that
 * is a throttle of the Invoke call, named as the Lambda service.
 */
function refusedInvoke(
  node: TraceNode,
  outcome: FindingStep['outcome'],
): NodeLocation | undefined {
  const refused =
    outcome === 'throttle' &&
    node.isSegment &&
    node.origin === 'AWS::Lambda' &&
    node.children.every((child) => !child.isSegment);

  return refused ? invokeLocation(node.name) : undefined;
}

const SPECIFICITY: Readonly<Record<FindingStep['outcome'], number>> = {
  timeout: 4,
  throttle: 3,
  fault: 2,
  error: 1,
  unfinished: 0,
};

/**
 * Of two steps at one location (a function's Invocation subsegment and
 * its segment), the one whose outcome says more: a segment that timed out
 * explains why its Invocation merely failed.
 */
function sharper(lower: FindingStep, upper: FindingStep): FindingStep {
  if (SPECIFICITY[upper.outcome] <= SPECIFICITY[lower.outcome]) return lower;

  return {
    ...lower,
    outcome: upper.outcome,
    exception: lower.exception ?? upper.exception,
  };
}

function makeStep(
  node: TraceNode,
  outcome: FindingStep['outcome'],
  inferred: boolean,
  locate: LocateNode,
  traceEnd: number,
): FindingStep {
  const exception = node.exceptions.find((item) => item.type ?? item.message);
  const retries = node.aws?.retries;
  const location = refusedInvoke(node, outcome) ?? locate(node);

  return {
    location,
    outcome:
      location.phase !== 'call' && outcome === 'fault' ? 'error' : outcome,
    exception: exception?.type ?? exception?.message?.slice(0, 120),
    status: node.status,
    retries: typeof retries === 'number' ? retries : 0,
    segmentId: node.segment?.id,
    duration: nodeDuration(node, traceEnd),
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
    byKey.set(key, {
      chain: existing?.chain ?? finding.chain,
      calls,
      reachesEntry: (existing?.reachesEntry ?? false) || finding.reachesEntry,
    });
  }

  return [...byKey.values()];
}
