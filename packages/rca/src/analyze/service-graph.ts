import type { NodeLocation } from '../classify/node-location.js';
import type { ServiceEdge } from '../report/report-types.js';
import type { TraceNode } from '../tree/trace-node.js';
import { quantile, round, sortedNumbers } from './quantile.js';

interface EdgeTally {
  caller: string;
  callee: string;
  failures: number;
  durations: number[];
}

/**
 * Tallies calls between service-map nodes (caller → callee) while traces
 * are read, and turns the tallies into `ServiceEdge`s.
 *
 * @example
 * const graph = new ServiceGraphBuilder();
 * graph.addNode(node, location, tree.end, locateNode);
 * graph.edges();
 */
export class ServiceGraphBuilder {
  /** Tallies by caller, then by callee (no key string built per call). */
  private readonly tallies = new Map<string, Map<string, EdgeTally>>();

  addNode(
    node: TraceNode,
    location: NodeLocation,
    traceEnd: number,
    locate: (node: TraceNode) => NodeLocation,
  ): void {
    if (!isMapNode(node, location)) return;
    const caller = mapAncestor(node, locate);
    if (caller === undefined || caller === location.service) return;

    let callees = this.tallies.get(caller);
    if (callees === undefined) {
      callees = new Map();
      this.tallies.set(caller, callees);
    }
    let tally = callees.get(location.service);
    if (tally === undefined) {
      tally = { caller, callee: location.service, failures: 0, durations: [] };
      callees.set(location.service, tally);
    }
    tally.durations.push(((node.end ?? traceEnd) - node.start) * 1000);
    if (
      node.error ||
      node.fault ||
      node.throttle ||
      (node.status ?? 0) >= 400
    ) {
      tally.failures += 1;
    }
  }

  edges(): ServiceEdge[] {
    const tallies: EdgeTally[] = [];
    for (const callees of this.tallies.values()) {
      for (const tally of callees.values()) tallies.push(tally);
    }
    const edges = tallies.map((tally) => {
      const sorted = sortedNumbers(tally.durations);

      return {
        caller: tally.caller,
        callee: tally.callee,
        calls: sorted.length,
        failures: tally.failures,
        p50: round(quantile(sorted, 0.5), 1),
        p99: round(quantile(sorted, 0.99), 1),
      };
    });

    return edges.sort((left, right) =>
      `${left.caller}→${left.callee}` < `${right.caller}→${right.callee}`
        ? -1
        : 1,
    );
  }
}

function isMapNode(node: TraceNode, location: NodeLocation): boolean {
  return node.isSegment || location.phase === 'call';
}

function mapAncestor(
  node: TraceNode,
  locate: (node: TraceNode) => NodeLocation,
): string | undefined {
  for (let current = node.parent; current; current = current.parent) {
    const location = locate(current);
    if (isMapNode(current, location)) return location.service;
  }

  return undefined;
}
