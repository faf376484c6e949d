import type { NodeOutcome } from '@org/rca';

/**
 * How a call went, for colouring: the three X-Ray service map categories
 * plus calls that never finished, and `ok`.
 *
 * @example
 * const health: Health = 'throttle';
 */
export type Health = 'ok' | 'fault' | 'throttle' | 'error' | 'unfinished';

/**
 * The failing kinds of {@link Health}, in the order a node's colour picks
 * them when shares tie.
 *
 * @example
 * for (const health of FAILING_HEALTH) console.log(health);
 */
export const FAILING_HEALTH = [
  'fault',
  'throttle',
  'error',
  'unfinished',
] as const satisfies readonly Health[];

/**
 * Folds the engine's call outcome into a colour category: a timeout is a
 * fault, as on the X-Ray service map.
 *
 * @example
 * healthOf('timeout'); // 'fault'
 */
export function healthOf(outcome: NodeOutcome): Health {
  if (outcome === 'timeout') return 'fault';

  return outcome;
}

/**
 * The colours of each category: a pale fill and a strong stroke, both
 * with enough contrast for dark text, and chosen so that the categories
 * differ in lightness as well as hue. Every coloured mark also carries
 * its category as text.
 *
 * @example
 * HEALTH_COLOURS.throttle.stroke; // '#6d28d9'
 */
export const HEALTH_COLOURS: Readonly<
  Record<Health, { fill: string; stroke: string }>
> = {
  ok: { fill: '#ecfdf5', stroke: '#047857' },
  fault: { fill: '#fee2e2', stroke: '#b91c1c' },
  throttle: { fill: '#ede9fe', stroke: '#6d28d9' },
  error: { fill: '#ffedd5', stroke: '#b45309' },
  unfinished: { fill: '#e5e7eb', stroke: '#374151' },
};
