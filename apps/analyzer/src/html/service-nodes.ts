import {
  assembleTree,
  classifyNode,
  locateNode,
  type NodeLocation,
  type TraceNode,
  type TraceSet,
} from '@org/rca';
import { FAILING_HEALTH, type Health, healthOf } from './health.js';

/**
 * What a service map node stands for.
 *
 * @example
 * const kind: ServiceNodeKind = 'state-machine';
 */
export type ServiceNodeKind =
  | 'function'
  | 'state-machine'
  | 'aws-service'
  | 'remote'
  | 'service';

/**
 * One node of the service map with its health: in how many traces it
 * took part, and in how many of those it failed, per category. A trace
 * counts once per category however many calls failed in it.
 *
 * @example
 * const node = serviceNodes(traces).find((each) => each.name === 'DynamoDB');
 * node?.failedTraces.throttle; // 5
 */
export interface ServiceNode {
  name: string;
  kind: ServiceNodeKind;
  traces: number;
  failedTraces: Record<Exclude<Health, 'ok'>, number>;
}

const COMPUTE_KINDS: Readonly<Record<string, ServiceNodeKind>> = {
  'AWS::Lambda': 'function',
  'AWS::Lambda::Function': 'function',
  'AWS::StepFunctions::StateMachine': 'state-machine',
};

/**
 * Tallies the service map nodes of a trace set, named as the engine names
 * them (`locateNode`), sorted by name. The engine's report has edges only;
 * the nodes' own health is read here from the same traces.
 *
 * @example
 * serviceNodes(traces).map((node) => node.name);
 * // ['DynamoDB', 'order-validation']
 */
export function serviceNodes(traces: TraceSet): ServiceNode[] {
  const nodes = new Map<string, ServiceNode>();
  for (const record of traces.traces) {
    const tree = assembleTree(record);
    const seen = new Map<string, Set<Health>>();
    for (const node of tree.nodes) {
      // Cached on the node, as the engine does, so that a segment's
      // callees find their caller's location without naming it again.
      const location = node.location ?? locateNode(node);
      node.location = location;
      if (!node.isSegment && location.phase !== 'call') continue;
      const healths = seen.get(location.service) ?? new Set<Health>();
      healths.add(healthOf(classifyNode(node)));
      seen.set(location.service, healths);
      if (!nodes.has(location.service)) {
        nodes.set(location.service, emptyNode(node, location));
      }
    }
    for (const [name, healths] of seen) tally(nodes.get(name), healths);
  }

  return [...nodes.values()].sort((left, right) =>
    left.name < right.name ? -1 : left.name > right.name ? 1 : 0,
  );
}

function tally(node: ServiceNode | undefined, healths: Set<Health>): void {
  if (node === undefined) return;

  node.traces += 1;
  for (const health of FAILING_HEALTH) {
    if (healths.has(health)) node.failedTraces[health] += 1;
  }
}

function emptyNode(node: TraceNode, location: NodeLocation): ServiceNode {
  return {
    name: location.service,
    kind: kindOf(node, location),
    traces: 0,
    failedTraces: { fault: 0, throttle: 0, error: 0, unfinished: 0 },
  };
}

function kindOf(node: TraceNode, location: NodeLocation): ServiceNodeKind {
  if (location.phase !== 'call') {
    return COMPUTE_KINDS[node.origin ?? ''] ?? 'service';
  }
  if (node.namespace === 'remote') return 'remote';
  if (node.namespace === 'aws' || node.origin?.startsWith('AWS::')) {
    return 'aws-service';
  }
  if (node.url !== undefined) return 'remote';

  return node.aws?.operation === undefined ? 'service' : 'aws-service';
}
