import type { Faults, Throughput } from '../faults.js';
import type { CapacityClaim, CapacityKind } from './capacity.js';
import { TokenBucket } from './token-bucket.js';

/** How a table is billed, as far as the gate cares. */
export type TableBilling =
  | { kind: 'provisioned'; throughput: Throughput }
  | { kind: 'on-demand' }
  | { kind: 'missing' };

/** Options of {@link ThroughputGate}. */
export interface ThroughputGateOptions {
  faults: Faults;
  /** Looks up how a table is billed (DescribeTable against the store). */
  describe: (table: string) => Promise<TableBilling>;
  /** Seconds of unused capacity a table may save for bursts. Default 1. */
  burstSeconds?: number;
  /** Clock in milliseconds. Default `Date.now`. */
  now?: () => number;
}

/** The outcome of asking the gate to let a request through. */
export type Admission =
  | { kind: 'admitted'; claims: CapacityClaim[] }
  | { kind: 'throttled'; claim: CapacityClaim };

/**
 * Enforces provisioned throughput per table with one read and one write
 * token bucket each, refilled at the table's capacity units per second
 * and holding `burstSeconds` of them. A request is let through while its
 * tables' buckets are positive; on-demand and unknown tables are not
 * gated. A `faults.setThroughput` override wins over the table's own
 * settings and gates even an on-demand table.
 *
 * @example
 * const gate = new ThroughputGate({ faults, describe });
 * const admission = await gate.admit(claims);
 * if (admission.kind === 'admitted') gate.settle(admission.claims, consumed);
 */
export class ThroughputGate {
  readonly #options: ThroughputGateOptions;
  readonly #billing = new Map<string, TableBilling>();
  readonly #buckets = new Map<string, TokenBucket>();

  constructor(options: ThroughputGateOptions) {
    this.#options = options;
  }

  /** Reserves the claims' estimates, or names the first claim refused. */
  async admit(claims: CapacityClaim[]): Promise<Admission> {
    const gated: { claim: CapacityClaim; bucket: TokenBucket }[] = [];
    for (const claim of claims) {
      const throughput = await this.#throughputOf(claim.table);
      if (throughput) {
        gated.push({ claim, bucket: this.#bucket(claim, throughput) });
      }
    }
    const refused = gated.find(({ bucket }) => bucket.tokens <= 0);
    if (refused) {
      return { kind: 'throttled', claim: refused.claim };
    }

    for (const { claim, bucket } of gated) {
      bucket.tryTake(claim.estimate);
    }
    return { kind: 'admitted', claims: gated.map(({ claim }) => claim) };
  }

  /** Replaces the reserved estimates by the units the store consumed. */
  settle(claims: CapacityClaim[], consumed: Map<string, number>): void {
    for (const claim of claims) {
      const bucket = this.#buckets.get(bucketKey(claim.table, claim.kind));
      bucket?.settle(
        claim.estimate,
        consumed.get(claim.table) ?? claim.estimate,
      );
    }
  }

  /** Drops what the gate knows of a table after it was created, changed or deleted. */
  forget(table: string): void {
    this.#billing.delete(table);
  }

  async #throughputOf(table: string): Promise<Throughput | undefined> {
    const override = this.#options.faults.throughputOverride(table);
    if (override) {
      return override;
    }
    let billing = this.#billing.get(table);
    if (!billing) {
      billing = await this.#options.describe(table);
      if (billing.kind !== 'missing') {
        this.#billing.set(table, billing);
      }
    }

    return billing.kind === 'provisioned' ? billing.throughput : undefined;
  }

  #bucket(claim: CapacityClaim, throughput: Throughput): TokenBucket {
    const rate = throughput[claim.kind];
    const capacity = Math.max(1, rate * (this.#options.burstSeconds ?? 1));
    const key = bucketKey(claim.table, claim.kind);
    const existing = this.#buckets.get(key);
    if (existing) {
      existing.resize(rate, capacity);
      return existing;
    }
    const bucket = new TokenBucket({
      rate,
      capacity,
      now: this.#options.now ?? Date.now,
    });
    this.#buckets.set(key, bucket);

    return bucket;
  }
}

function bucketKey(table: string, kind: CapacityKind): string {
  return `${kind}\u0000${table}`;
}
