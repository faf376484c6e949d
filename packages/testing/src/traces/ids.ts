import type { SeededRandom } from './random.js';

/**
 * An X-Ray trace id: `1-` + the start time as 8 hex digits of epoch
 * seconds + `-` + 24 random hex digits.
 *
 * @example
 * traceIdAt(1764780000, seededRandom(1)); // '1-69304ae0-…'
 */
export function traceIdAt(epochSeconds: number, random: SeededRandom) {
  const time = Math.floor(epochSeconds).toString(16).padStart(8, '0');

  return `1-${time}-${random.hex(24)}`;
}

/**
 * A segment, subsegment or exception id: 16 random hex digits.
 *
 * @example
 * segmentId(seededRandom(1)); // 'a3f0…' (16 digits)
 */
export function segmentId(random: SeededRandom): string {
  return random.hex(16);
}

/**
 * A request id shaped like the UUIDs that AWS services return.
 *
 * @example
 * requestIdFrom(seededRandom(1)); // '3c2d…-…'
 */
export function requestIdFrom(random: SeededRandom): string {
  const hex = random.hex(32);

  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `a${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

/**
 * Epoch seconds with microsecond precision, as the SDKs write them.
 *
 * @example
 * epochSeconds(1764780000123.4567); // 1764780000.123457
 */
export function epochSeconds(epochMilliseconds: number): number {
  return Math.round(epochMilliseconds * 1000) / 1_000_000;
}
