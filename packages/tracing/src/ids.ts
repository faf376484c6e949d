import { randomFillSync } from 'node:crypto';

const POOL_IDS = 256;
const pool = Buffer.alloc(POOL_IDS * 8);
let next = POOL_IDS;

/**
 * Returns a random 64-bit segment id as 16 hex digits. Random bytes are
 * drawn 2 KiB at a time, since a call to the system's generator costs
 * more than the id itself.
 *
 * @example
 * newSegmentId(); // '53995c3f42cd8ad8'
 */
export function newSegmentId(): string {
  if (next === POOL_IDS) {
    randomFillSync(pool);
    next = 0;
  }
  const offset = next * 8;
  next += 1;

  return pool.toString('hex', offset, offset + 8);
}

/**
 * Returns a new X-Ray trace id (`1-<epoch seconds hex>-<96 random bits>`),
 * for invocations that arrive without one.
 *
 * @example
 * newTraceId(); // '1-6927a1b2-5f0c3e...'
 */
export function newTraceId(): string {
  const seconds = Math.floor(Date.now() / 1000).toString(16);

  return `1-${seconds.padStart(8, '0')}-${newSegmentId()}${newSegmentId().slice(0, 8)}`;
}

/**
 * The current time in epoch seconds with microsecond resolution, as X-Ray
 * documents carry it.
 *
 * @example
 * const startTime = nowSeconds();
 */
export function nowSeconds(): number {
  return (performance.timeOrigin + performance.now()) / 1000;
}
