import { randomBytes } from 'node:crypto';
import { TraceHeaderError } from './errors.js';

/**
 * A trace id: `1-<8 hex epoch seconds>-<24 hex random>`.
 *
 * @example
 * TRACE_ID_PATTERN.test('1-5759e988-bd862e3fe1be46a994272793'); // true
 */
export const TRACE_ID_PATTERN = /^1-[0-9a-f]{8}-[0-9a-f]{24}$/;

/**
 * A segment or subsegment id: 16 hex digits.
 *
 * @example
 * SEGMENT_ID_PATTERN.test('53995c3f42cd8ad8'); // true
 */
export const SEGMENT_ID_PATTERN = /^[0-9a-f]{16}$/;

/** The fields of an `X-Amzn-Trace-Id` header. */
export interface TraceHeader {
  root: string;
  parent?: string;
  /** `true` for `Sampled=1`, `false` for `0`, absent when undecided. */
  sampled?: boolean;
  lineage?: string;
}

/**
 * Creates a new trace id whose epoch part is `time` (seconds, default now).
 *
 * @example
 * newTraceId(); // '1-6927f0a1-0f3c9a7e5b1d2c4e6f8a0b1c'
 */
export function newTraceId(time: number = Date.now() / 1000): string {
  const epoch = Math.floor(time).toString(16).padStart(8, '0');

  return `1-${epoch}-${randomBytes(12).toString('hex')}`;
}

/**
 * Creates a new segment id (16 hex digits).
 *
 * @example
 * newSegmentId(); // '53995c3f42cd8ad8'
 */
export function newSegmentId(): string {
  return randomBytes(8).toString('hex');
}

/**
 * Reads the epoch seconds encoded in a trace id.
 *
 * @example
 * traceIdEpoch('1-5759e988-bd862e3fe1be46a994272793'); // 1465510280
 */
export function traceIdEpoch(traceId: string): number {
  return Number.parseInt(traceId.slice(2, 10), 16);
}

/**
 * Parses an `X-Amzn-Trace-Id` / `_X_AMZN_TRACE_ID` header. Unknown fields
 * are ignored, as AWS does.
 *
 * @throws {TraceHeaderError} when the header has no valid `Root`.
 * @example
 * parseTraceHeader('Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1');
 * // { root: '1-5759e988-bd862e3fe1be46a994272793', sampled: true }
 */
export function parseTraceHeader(header: string): TraceHeader {
  const fields = new Map<string, string>();
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    const key = part.slice(0, separator).trim().toLowerCase();
    fields.set(key, part.slice(separator + 1).trim());
  }
  const root = fields.get('root');
  if (root === undefined || !TRACE_ID_PATTERN.test(root)) {
    throw new TraceHeaderError(header);
  }

  const parsed: TraceHeader = { root };
  const parent = fields.get('parent');
  if (parent !== undefined && SEGMENT_ID_PATTERN.test(parent)) {
    parsed.parent = parent;
  }
  const sampled = fields.get('sampled');
  if (sampled === '1' || sampled === '0') parsed.sampled = sampled === '1';
  const lineage = fields.get('lineage');
  if (lineage) parsed.lineage = lineage;

  return parsed;
}

/**
 * Formats a trace header in the order AWS writes it:
 * `Root=…;Parent=…;Sampled=…;Lineage=…`.
 *
 * @example
 * formatTraceHeader({ root: '1-5759e988-bd862e3fe1be46a994272793', parent: '53995c3f42cd8ad8', sampled: true });
 * // 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1'
 */
export function formatTraceHeader(header: TraceHeader): string {
  const parts = [`Root=${header.root}`];
  if (header.parent) parts.push(`Parent=${header.parent}`);
  if (header.sampled !== undefined) {
    parts.push(`Sampled=${header.sampled ? 1 : 0}`);
  }
  if (header.lineage) parts.push(`Lineage=${header.lineage}`);

  return parts.join(';');
}
