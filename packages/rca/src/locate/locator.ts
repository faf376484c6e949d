import { locateNode, type NodeLocation } from '../classify/node-location.js';
import type { TraceNode } from '../tree/trace-node.js';

/**
 * A `locateNode` that remembers each node's location, so that one trace's
 * nodes are named once however often the analysis asks.
 *
 * @example
 * const locate = createLocator();
 * locate(node).service;
 */
export function createLocator(): (node: TraceNode) => NodeLocation {
  const known = new WeakMap<TraceNode, NodeLocation>();

  return (node) => {
    let location = known.get(node);
    if (location === undefined) {
      location = locateNode(node);
      known.set(node, location);
    }

    return location;
  };
}
