import type { NodeLocation } from './node-location.js';

type Phase = NodeLocation['phase'];

/**
 * Makes a location: the plain one builds a new object every time; a
 * `LocationRegistry` hands out one shared object per location key.
 */
export type MakeLocation = (
  service: string,
  resource: string | undefined,
  operation: string | undefined,
  phase: Phase,
) => NodeLocation;

/**
 * A new location object with its key.
 *
 * @example
 * makeLocation('DynamoDB', 'orders', 'PutItem', 'call').key;
 * // 'DynamoDB|orders|PutItem|call'
 */
export const makeLocation: MakeLocation = (
  service,
  resource,
  operation,
  phase,
) => {
  const key = `${service}|${resource ?? ''}|${operation ?? ''}|${phase}`;

  return { service, resource, operation, phase, key };
};

/**
 * One shared location object per location key for a whole analysis. The
 * first location made for a key is kept; later ones with the same key
 * get it back. Repeated parts are found through nested Maps keyed by the
 * parts themselves, so a location seen before costs no key string.
 *
 * @example
 * const registry = new LocationRegistry();
 * const first = registry.make('SQS', 'jobs', 'SendMessage', 'call');
 * registry.make('SQS', 'jobs', 'SendMessage', 'call') === first; // true
 * registry.byKey.get(first.key) === first; // true
 */
export class LocationRegistry {
  /** Every location made, by key. */
  readonly byKey = new Map<string, NodeLocation>();
  private readonly byParts = new Map<
    string,
    Map<string, Map<string, Map<Phase, NodeLocation>>>
  >();

  readonly make: MakeLocation = (service, resource, operation, phase) => {
    const byOperation = this.operationsOf(service, resource ?? '');
    let byPhase = byOperation.get(operation ?? '');
    if (byPhase === undefined) {
      byPhase = new Map();
      byOperation.set(operation ?? '', byPhase);
    }
    let location = byPhase.get(phase);
    if (location === undefined) {
      location = this.register(
        makeLocation(service, resource, operation, phase),
      );
      byPhase.set(phase, location);
    }

    return location;
  };

  private operationsOf(
    service: string,
    resource: string,
  ): Map<string, Map<Phase, NodeLocation>> {
    let byResource = this.byParts.get(service);
    if (byResource === undefined) {
      byResource = new Map();
      this.byParts.set(service, byResource);
    }
    let byOperation = byResource.get(resource);
    if (byOperation === undefined) {
      byOperation = new Map();
      byResource.set(resource, byOperation);
    }

    return byOperation;
  }

  private register(made: NodeLocation): NodeLocation {
    const known = this.byKey.get(made.key);
    if (known !== undefined) return known;
    this.byKey.set(made.key, made);

    return made;
  }
}
