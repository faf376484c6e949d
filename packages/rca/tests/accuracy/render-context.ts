import type { Emitter, TraceDraft } from '@org/testing';
import type { HandlerException } from './exceptions.js';
import type { Effect } from './injection.js';

/** Rates of benign noise, the same in baseline and incident traffic. */
export interface NoiseRates {
  /** Conditional writes that fail on a duplicate delivery. */
  duplicates: number;
  /** Calls that succeed after one retry. */
  retries: number;
  /** Requests answered 404. */
  notFound: number;
  /** Cold starts of normal length. */
  coldStarts: number;
  /**
   * Factor on every call's and every function's usual time: a machine or
   * network that is slower as a whole (1 for none).
   */
  slowdown: number;
}

/** Everything the renderers need for one trace. */
export interface RenderContext {
  draft: TraceDraft;
  effects: ReadonlyMap<string, Effect>;
  noise: NoiseRates;
}

/** Who makes a call: its SDK, and whether it runs in Lambda. */
export interface Caller {
  emitter: Emitter;
  inLambda: boolean;
  clientTimeoutMs: number;
}

/** How a call ended for its caller. */
export interface CallResult {
  endMs: number;
  /** The exception the caller now throws, if the call failed. */
  failure?: HandlerException;
  /** The call never returned: the caller ran out of time. */
  hang?: boolean;
  /** The process was killed: nothing still open was sent. */
  killed?: boolean;
}

/** The effect on a target in this trace, if any. */
export function effectOn(
  context: RenderContext,
  target: string,
  kind?: Effect['injection']['kind'],
): Effect | undefined {
  const effect = context.effects.get(target);
  if (!effect || (kind && effect.injection.kind !== kind)) {
    return undefined;
  }

  return effect;
}
