import type { OrderOutcome } from '../target/order-pipeline-target.js';

/**
 * Live counts of a run while it settles.
 *
 * @example
 * const tally: OutcomeTally = { accounted: 3, fulfilled: 2, rejected: 0, failed: 0, deadLetter: 1 };
 */
export interface OutcomeTally {
  /** Orders with a terminal status or in the DLQ. */
  accounted: number;
  fulfilled: number;
  rejected: number;
  failed: number;
  deadLetter: number;
}

/**
 * Counts outcomes by where the orders stand.
 *
 * @example
 * tallyOutcomes(outcomes.values()).accounted;
 */
export function tallyOutcomes(outcomes: Iterable<OrderOutcome>): OutcomeTally {
  const tally = {
    accounted: 0,
    fulfilled: 0,
    rejected: 0,
    failed: 0,
    deadLetter: 0,
  };
  for (const outcome of outcomes) {
    if (outcome.kind === 'dead-letter') {
      tally.deadLetter++;
      tally.accounted++;
    }
    if (outcome.kind !== 'terminal') continue;
    tally.accounted++;
    if (outcome.status === 'FULFILLED') tally.fulfilled++;
    if (outcome.status === 'REJECTED') tally.rejected++;
    if (outcome.status === 'FAILED') tally.failed++;
  }

  return tally;
}
