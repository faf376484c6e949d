import type { StoredDocument } from '../segment-document.js';
import { SEGMENT_ID_PATTERN, TRACE_ID_PATTERN } from '../trace-header.js';

/**
 * Why a document or datagram was dropped.
 *
 * @example
 * store.stats().dropped[DropReason.badJson]; // datagrams whose body was not JSON
 */
export const DropReason = {
  tooLarge: 'too-large',
  missingHeader: 'missing-header',
  badHeader: 'bad-header',
  badJson: 'bad-json',
  notAnObject: 'not-an-object',
  missingId: 'missing-id',
  badId: 'bad-id',
  missingTraceId: 'missing-trace-id',
  badTraceId: 'bad-trace-id',
  missingName: 'missing-name',
  missingStartTime: 'missing-start-time',
  missingEndTime: 'missing-end-time',
  badParentId: 'bad-parent-id',
} as const;

/** One of the {@link DropReason} values. */
export type DropReason = (typeof DropReason)[keyof typeof DropReason];

/** The outcome of checking one document. */
export type DocumentCheck =
  | { kind: 'accepted'; document: StoredDocument }
  | { kind: 'dropped'; reason: DropReason };

const dropped = (reason: DropReason): DocumentCheck => ({
  kind: 'dropped',
  reason,
});

/**
 * Checks the fields X-Ray requires of a segment document: a 16-hex `id`,
 * a `1-xxxxxxxx-…` `trace_id`, a `name`, a numeric `start_time`, and either
 * `end_time` or `in_progress: true`. A subsegment sent on its own also needs
 * a 16-hex `parent_id`.
 *
 * @example
 * const check = checkDocument(JSON.parse(body));
 * if (check.kind === 'dropped') counters[check.reason]++;
 */
export function checkDocument(candidate: unknown): DocumentCheck {
  if (typeof candidate !== 'object' || candidate === null) {
    return dropped(DropReason.notAnObject);
  }
  if (Array.isArray(candidate)) return dropped(DropReason.notAnObject);
  const document = candidate as Record<string, unknown>;
  if (document.id === undefined) return dropped(DropReason.missingId);
  if (!isPattern(document.id, SEGMENT_ID_PATTERN)) {
    return dropped(DropReason.badId);
  }
  if (document.trace_id === undefined) {
    return dropped(DropReason.missingTraceId);
  }
  if (!isPattern(document.trace_id, TRACE_ID_PATTERN)) {
    return dropped(DropReason.badTraceId);
  }
  if (typeof document.name !== 'string' || document.name === '') {
    return dropped(DropReason.missingName);
  }
  if (!isFiniteNumber(document.start_time)) {
    return dropped(DropReason.missingStartTime);
  }
  if (!isFiniteNumber(document.end_time) && document.in_progress !== true) {
    return dropped(DropReason.missingEndTime);
  }
  const needsParent = document.type === 'subsegment';
  const parent = document.parent_id;
  if (parent !== undefined || needsParent) {
    if (!isPattern(parent, SEGMENT_ID_PATTERN)) {
      return dropped(DropReason.badParentId);
    }
  }

  return { kind: 'accepted', document: document as StoredDocument };
}

function isPattern(value: unknown, pattern: RegExp): value is string {
  return typeof value === 'string' && pattern.test(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
