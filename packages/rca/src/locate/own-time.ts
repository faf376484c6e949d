import type { SequenceInterner } from './sequence-interner.js';

/**
 * Own (exclusive) seconds per location key of one trace, as two parallel
 * arrays in order of first appearance. A trace touches few locations, so
 * flat arrays cost far less memory and garbage-collector work than a Map
 * per trace on large inputs.
 *
 * @example
 * const ownTime: OwnTime = { keys: ['api|api||code'], seconds: [0.012] };
 */
export interface OwnTime {
  readonly keys: readonly string[];
  readonly seconds: readonly number[];
}

/** Above this many keys, a Map index replaces the linear search. */
const LINEAR_LIMIT = 16;

/**
 * Sums own seconds per location key while a trace is walked.
 *
 * @example
 * const tally = new OwnTimeTally();
 * tally.add('DynamoDB|orders|PutItem|call', 0.02);
 * tally.result().seconds; // [0.02]
 */
export class OwnTimeTally {
  private readonly keys: string[] = [];
  private readonly seconds: number[] = [];
  private index: Map<string, number> | undefined;

  add(key: string, seconds: number): void {
    const position = this.positionOf(key);
    if (position === -1) {
      this.index?.set(key, this.keys.length);
      this.keys.push(key);
      this.seconds.push(seconds);
      return;
    }
    this.seconds[position] = (this.seconds[position] as number) + seconds;
  }

  /**
   * The tally, its key list shared with equal lists of other traces and
   * its seconds in an array of exact size.
   */
  result(interner: SequenceInterner): OwnTime {
    return { keys: interner.intern(this.keys), seconds: this.seconds.slice() };
  }

  private positionOf(key: string): number {
    if (this.index !== undefined) return this.index.get(key) ?? -1;
    if (this.keys.length < LINEAR_LIMIT) return this.keys.indexOf(key);
    this.index = new Map(this.keys.map((known, position) => [known, position]));

    return this.index.get(key) ?? -1;
  }
}

/**
 * The own seconds of one location in a trace, 0 when the trace never
 * reached it.
 *
 * @example
 * ownSeconds(facts.ownTime, 'DynamoDB|orders|PutItem|call'); // 0.02
 */
export function ownSeconds(ownTime: OwnTime, key: string): number {
  const position = ownTime.keys.indexOf(key);

  return position === -1 ? 0 : (ownTime.seconds[position] as number);
}

/**
 * The own seconds of each location over some traces, one value per trace
 * that reached it, in trace order.
 *
 * @example
 * ownSecondsByLocation([facts.ownTime]).get('DynamoDB|orders|PutItem|call'); // [0.02]
 */
export function ownSecondsByLocation(
  ownTimes: Iterable<OwnTime>,
): Map<string, number[]> {
  const valuesByKey = new Map<string, number[]>();
  for (const { keys, seconds } of ownTimes) {
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index] as string;
      const value = seconds[index] as number;
      const values = valuesByKey.get(key);
      if (values === undefined) valuesByKey.set(key, [value]);
      else values.push(value);
    }
  }

  return valuesByKey;
}
