import { createHash } from 'node:crypto';

/**
 * Serialises plain data with object keys sorted at every level, so that
 * two equal payloads give the same text whatever their key order.
 *
 * @example
 * canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] });
 * // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/**
 * The SHA-256 (hex) of a payload's canonical JSON: the order's identity
 * for telling a redelivered event from a different order under the same
 * id.
 *
 * @example
 * payloadHash(order); // '5e8f…'
 */
export function payloadHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;

  const entries = Object.entries(value)
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
    .map(([key, child]) => [key, sortKeys(child)]);

  return Object.fromEntries(entries);
}
