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

  const location = {
    source: record.source,
    field: `trace ${record.id} document ${index}`,
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new TraceInputError(
      `a segment document is not valid JSON (${(error as Error).message})`,
      location,
      { cause: error },
    );
  }

  return toSegmentDocument(parsed, location);
}
