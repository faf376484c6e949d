import { LocationRegistry } from '../classify/location-registry.js';
import { locateNode, type NodeLocation } from '../classify/node-location.js';
import type { TraceNode } from '../tree/trace-node.js';
import { SequenceInterner } from './sequence-interner.js';

/**
 * Names nodes' locations once per node, and keeps one registry of every
 * location seen (by key) for the whole analysis, so that per-trace facts
 * hold keys only.
 *
 * @example
 * const locator = createLocator();
 * locator.locate(node).service;
 * locator.registry.get('DynamoDB|orders|PutItem|call');
 */
export interface Locator {
  readonly locate: (node: TraceNode) => NodeLocation;
  readonly registry: ReadonlyMap<string, NodeLocation>;
  /** Shares equal per-trace lists (location keys, call sequences). */
  readonly interner: SequenceInterner;
}

/**
 * Creates a locator. The location is cached on the node itself, which
 * costs the garbage collector far less than a side table on large inputs,
 * and made through one registry, which hands out shared objects without
 * building key strings for locations seen before.
 *
 * @example
 * const { locate } = createLocator();
 */
export function createLocator(): Locator {
  const registry = new LocationRegistry();
  const locate = (node: TraceNode): NodeLocation => {
    let location = node.location;
    if (location === undefined) {
      location = locateNode(node, registry.make);
      node.location = location;
    }

    return location;
  };

  return {
    locate,
    registry: registry.byKey,
    interner: new SequenceInterner(),
  };
}
