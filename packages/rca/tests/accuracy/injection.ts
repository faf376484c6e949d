import type { SeededRandom } from '@org/testing';

/** The kinds of root cause the engine names. */
export type CauseKind =
  | 'throttle'
  | 'timeout'
  | 'fault'
  | 'error'
  | 'latency'
  | 'cold-start';

/**
 * One cause injected into a share of a scenario's traces. `target` is a
 * call id of the shape, or a function or service name for `error` and
 * `cold-start`.
 */
export interface Injection {
  kind: CauseKind;
  target: string;
  share: number;
  /** Latency or initialization growth (default 10). */
  factor?: number;
  /**
   * Throttles only: share of affected traces where the throttled call
   * never finished because the function timed out first.
   */
  neverFinishedShare?: number;
  /** Errors only: the process is killed for running out of memory. */
  outOfMemory?: boolean;
  /** Faults only: the caller catches the failure and carries on. */
  handled?: boolean;
}

/** What an injection does in one trace. */
export interface Effect {
  injection: Injection;
  /** The throttled call was still retrying when the function died. */
  neverFinished: boolean;
  /** Noise: not a cause of the outage. */
  benign: boolean;
}

/**
 * Draws which injection (at most one) hits a trace: the shares are
 * stacked so that two causes never share a trace.
 */
export function drawEffects(
  random: SeededRandom,
  injections: readonly Injection[],
): Map<string, Effect> {
  const effects = new Map<string, Effect>();
  const roll = random.next();
  let threshold = 0;
  for (const injection of injections) {
    threshold += injection.share;
    if (roll < threshold) {
      effects.set(injection.target, {
        injection,
        neverFinished: random.chance(injection.neverFinishedShare ?? 0),
        benign: false,
      });
      break;
    }
  }

  return effects;
}
