import type { NodeLocation } from '../classify/node-location.js';
import type { NodeOutcome } from '../classify/node-outcome.js';

/**
 * One failing node on the path from where trouble starts up to the trace's
 * entry: the first step is the origin, later steps are the failing callers
 * it explains (the symptoms).
 *
 * @example
 * const step: FindingStep = {
 *   location, outcome: 'throttle', exception: 'ThrottlingException',
 *   status: 400, retries: 3, segmentId: 'f1a2b3c4d5e6f708', duration: 0.8,
 *   inferred: false,
 * };
 */
export interface FindingStep {
  readonly location: NodeLocation;
  readonly outcome: Exclude<NodeOutcome, 'ok'>;
  readonly exception: string | undefined;
  readonly status: number | undefined;
  readonly retries: number;
  /** Id of the segment the failing node ran in. */
  readonly segmentId: string | undefined;
  /** Seconds the failing node ran (unfinished ones up to the trace end). */
  readonly duration: number;
  /** True when a timeout was handed down to the call that used the time. */
  readonly inferred: boolean;
}

/**
 * A failure found in one trace, as the chain origin → failing ancestors.
 *
 * @example
 * finding.chain[0].location.service; // 'DynamoDB'
 */
export interface Finding {
  readonly chain: readonly FindingStep[];
  /** How many failed calls of the origin's kind the trace holds there. */
  readonly calls: number;
  /** True when the trace's entry (its root) failed too. */
  readonly reachesEntry: boolean;
}

/**
 * Words that describe an outcome in a symptom (`order-validation timed
 * out`).
 *
 * @example
 * outcomeVerb('fault'); // 'failed'
 */
export function outcomeVerb(outcome: FindingStep['outcome']): string {
  switch (outcome) {
    case 'timeout':
      return 'timed out';
    case 'throttle':
      return 'was throttled';
    case 'error':
      return 'returned an error';
    case 'unfinished':
      return 'did not finish';
    default:
      return 'failed';
  }
}
