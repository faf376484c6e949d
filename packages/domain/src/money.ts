/** Largest amount, in minor units, that stays exact in a JavaScript number. */
const MAX_MINOR_UNITS = Number.MAX_SAFE_INTEGER;

const TWO_PLACES = /^\d+(\.\d{1,2})?$/;

/**
 * Converts a decimal amount with at most two places into integer minor
 * units (cents), reading the number's shortest decimal form so that no
 * floating-point product is ever rounded.
 *
 * Returns `undefined` for negative, non-finite, exponent-form or
 * over-precise values.
 *
 * @example
 * toMinorUnits(19.99); // 1999
 * toMinorUnits(0.1 + 0.2); // undefined (0.30000000000000004)
 */
export function toMinorUnits(amount: number): number | undefined {
  if (!Number.isFinite(amount)) return undefined;
  const text = String(amount);
  if (!TWO_PLACES.test(text)) return undefined;

  const [whole = '0', fraction = ''] = text.split('.');
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));

  return minor <= MAX_MINOR_UNITS ? minor : undefined;
}

/**
 * Converts integer minor units back into a decimal amount.
 *
 * @example
 * fromMinorUnits(1999); // 19.99
 */
export function fromMinorUnits(minor: number): number {
  return Number((minor / 100).toFixed(2));
}
