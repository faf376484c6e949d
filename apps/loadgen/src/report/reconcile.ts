import type { OrderOutcome } from '../target/order-pipeline-target.js';
import { causeMessage, failedWith } from './failure-reasons.js';
import { type LatencyPercentiles, latencyPercentiles } from './percentiles.js';

/**
 * Counts of the orders of a run by where they ended. `notTerminal` orders
 * are in the table but never reached a terminal status before the wait
 * ended; `unknown` ones are in neither the table nor the DLQ.
 *
 * @example
 * outcomes.FULFILLED + outcomes.REJECTED + outcomes.FAILED;
 */
export interface OutcomeCounts {
  FULFILLED: number;
  REJECTED: number;
  FAILED: number;
  deadLetter: number;
  notTerminal: number;
  unknown: number;
}

/**
 * The reconciliation of a run: every order sent is either accounted for
 * (a terminal status or the DLQ) or lost.
 *
 * @example
 * if (summary.lost > 0) process.exitCode = 1;
 */
export interface RunSummary {
  scenario: string;
  /** Distinct orders sent (duplicated events count once). */
  sent: number;
  /** Events put on the bus, duplicates included. */
  eventsSent: number;
  lost: number;
  lostOrderIds: string[];
  outcomes: OutcomeCounts;
  /**
   * FAILED orders by the error that failed them: the part of their
   * `failureReason` before the first `": "` (`States.Timeout`,
   * `PaymentProviderUnavailable`, …).
   */
  failureReasons: Record<string, number>;
  /**
   * Per error of `failureReasons`, what the first order sent that failed
   * with it was told: the cause's `errorMessage`, shortened.
   */
  failureExamples: Record<string, string>;
  /** From the first send of an order to its `updatedAt`. */
  latencyMs: LatencyPercentiles;
}

/** What {@link reconcile} needs of a run. */
export interface ReconcileInput {
  scenario: string;
  eventsSent: number;
  /** Epoch milliseconds of the first send, by order id. */
  sentAt: ReadonlyMap<string, number>;
  outcomes: ReadonlyMap<string, OrderOutcome>;
}

/**
 * Accounts for every order sent: counts outcomes, collects the reasons of
 * failures and the latency of terminal orders, and lists the lost ones
 * (no outcome, not in the table, or stuck in a non-terminal status).
 *
 * @example
 * const summary = reconcile({ scenario: 'baseline', eventsSent, sentAt, outcomes });
 */
export function reconcile(input: ReconcileInput): RunSummary {
  const counts: OutcomeCounts = {
    FULFILLED: 0,
    REJECTED: 0,
    FAILED: 0,
    deadLetter: 0,
    notTerminal: 0,
    unknown: 0,
  };
  const failureReasons: Record<string, number> = {};
  const failureExamples: Record<string, string> = {};
  const latencies: number[] = [];
  const lostOrderIds: string[] = [];
  for (const [orderId, sentAt] of input.sentAt) {
    const outcome = input.outcomes.get(orderId) ?? { kind: 'unknown', orderId };
    if (outcome.kind === 'terminal') {
      counts[outcome.status]++;
      latencies.push(Date.parse(outcome.updatedAt) - sentAt);
      if (outcome.status === 'FAILED') {
        const reason = outcome.failureReason ?? 'no reason recorded';
        const error = failedWith(reason);
        failureReasons[error] = (failureReasons[error] ?? 0) + 1;
        failureExamples[error] ??= causeMessage(reason);
      }
      continue;
    }
    if (outcome.kind === 'dead-letter') {
      counts.deadLetter++;
      continue;
    }
    counts[outcome.kind === 'in-flight' ? 'notTerminal' : 'unknown']++;
    lostOrderIds.push(orderId);
  }

  return {
    scenario: input.scenario,
    sent: input.sentAt.size,
    eventsSent: input.eventsSent,
    lost: lostOrderIds.length,
    lostOrderIds,
    outcomes: counts,
    failureReasons,
    failureExamples,
    latencyMs: latencyPercentiles(
      latencies.filter((latency) => Number.isFinite(latency)),
    ),
  };
}
