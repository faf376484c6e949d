import { TraceInputError } from '../errors.js';
import type { SegmentDocument } from '../model/segment-document.js';
import type { RawDocument, TraceRecord } from '../model/trace-set.js';
import { toSegmentDocument } from './document-checks.js';

/**
 * The parsed form of a trace's document: parses JSON text kept by
 * `readTraces` and checks it is a segment document. Throws
 * TraceInputError naming the source, the trace and the document's position
 * when the text is not valid JSON.
 *
 * @example
 * const document = parseRawDocument(record, 0);
 */
export function parseRawDocument(
  record: TraceRecord,
  index: number,
): SegmentDocument {
  const raw = record.documents[index] as RawDocument;
  if (typeof raw !== 'string') return raw;

  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new TraceInputError(
      `a segment document is not valid JSON (${(error as Error).message})`,
      documentLocation(record, index),
      { cause: error },
    );
  }
  if (hasStringId(parsed)) return parsed;

  return toSegmentDocument(parsed, documentLocation(record, index));
}

/**
 * The common case, checked without building an error location: an
 * object with a non-empty string id.
 */
function hasStringId(value: unknown): value is SegmentDocument {
  if (typeof value !== 'object' || value === null) return false;
  const id = (value as { id?: unknown }).id;

  return typeof id === 'string' && id !== '' && !Array.isArray(value);
}

function documentLocation(record: TraceRecord, index: number) {
  return {
    source: record.source,
    field: `trace ${record.id} document ${index}`,
  };
}
