import { TraceInputError, type TraceInputLocation } from '../errors.js';
import type { SegmentDocument } from '../model/segment-document.js';

/**
 * True for plain objects (not arrays, not null).
 *
 * @example
 * isRecord({}); // true
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * True for the header line the X-Ray daemon protocol puts before each
 * document: `{"format":"json","version":1}`.
 *
 * @example
 * isDaemonHeader({ format: 'json', version: 1 }); // true
 */
export function isDaemonHeader(value: Record<string, unknown>): boolean {
  return value.format === 'json' && value.id === undefined;
}

/**
 * Checks that a parsed value is a segment document with an id and returns it
 * typed; throws TraceInputError naming the field otherwise.
 *
 * @example
 * const document = toSegmentDocument(JSON.parse(text), { line: 3 });
 */
export function toSegmentDocument(
  value: unknown,
  location: TraceInputLocation,
): SegmentDocument {
  if (!isRecord(value)) {
    throw new TraceInputError(
      `expected a segment document object, got ${preview(value)}`,
      location,
    );
  }
  if (typeof value.id !== 'string' || value.id === '') {
    throw new TraceInputError(
      `a segment document has no string "id" (got ${preview(value.id)})`,
      { ...location, field: joinField(location.field, 'id') },
    );
  }

  return value as SegmentDocument;
}

/**
 * Shows a value briefly inside an error message.
 *
 * @example
 * preview('x'.repeat(500)); // '"xxxx…' (cut at 60 characters)
 */
export function preview(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  if (text === undefined) return String(value);

  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * Joins a parent field path and a field name with a dot.
 *
 * @example
 * joinField('Traces[0]', 'Id'); // 'Traces[0].Id'
 */
export function joinField(parent: string | undefined, field: string): string {
  return parent === undefined ? field : `${parent}.${field}`;
}
