import { randomBytes } from 'node:crypto';

/**
 * A sampled X-Ray trace header with a new root, as EventBridge takes it in
 * the `TraceHeader` of a PutEvents entry.
 *
 * @example
 * newTraceHeader(); // 'Root=1-6927a1b0-0123456789abcdef01234567;Sampled=1'
 */
export function newTraceHeader(now: number = Date.now()): string {
  const epoch = Math.floor(now / 1000)
    .toString(16)
    .padStart(8, '0');

  return `Root=1-${epoch}-${randomBytes(12).toString('hex')};Sampled=1`;
}
