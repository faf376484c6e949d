import { TraceInputError } from '../errors.js';
import type { RawDocument, TraceCollector } from '../model/trace-set.js';
import {
  isRecord,
  joinField,
  preview,
  toSegmentDocument,
} from './document-checks.js';

/**
 * Adds the traces of one BatchGetTraces response page
 * (`{"Traces":[{"Id","Segments":[{"Id","Document"}]}]}`) to a collector.
 * Documents may be JSON strings (as the API returns them) or objects.
 *
 * @example
 * addBatchGetTracesPage(collector, page, { source: 'traces.json' });
 */
export function addBatchGetTracesPage(
  collector: TraceCollector,
  page: Record<string, unknown>,
  context: { source?: string; field?: string },
): void {
  const { source } = context;
  const tracesField = joinField(context.field, 'Traces');
  const traces = page.Traces;
  if (!Array.isArray(traces)) {
    throw new TraceInputError(
      `"Traces" must be an array, got ${preview(traces)}`,
      { source, field: tracesField },
    );
  }

  for (let traceIndex = 0; traceIndex < traces.length; traceIndex += 1) {
    addTrace(collector, traces[traceIndex], {
      source,
      tracesField,
      traceIndex,
    });
  }
}

/**
 * Where a trace sits in the input. Field paths are spelled out only when
 * an error names them: building them for every document costs time on
 * large inputs.
 */
interface TracePosition {
  readonly source: string | undefined;
  readonly tracesField: string;
  readonly traceIndex: number;
}

function traceField(position: TracePosition): string {
  return `${position.tracesField}[${position.traceIndex}]`;
}

function documentField(position: TracePosition, segmentIndex: number): string {
  return `${traceField(position)}.Segments[${segmentIndex}].Document`;
}

function addTrace(
  collector: TraceCollector,
  trace: unknown,
  position: TracePosition,
): void {
  const { source } = position;
  if (!isRecord(trace)) {
    throw new TraceInputError(
      `expected a trace object, got ${preview(trace)}`,
      { source, field: traceField(position) },
    );
  }
  const id = trace.Id;
  if (typeof id !== 'string' || id === '') {
    throw new TraceInputError(
      `a trace has no string "Id" (got ${preview(id)})`,
      { source, field: `${traceField(position)}.Id` },
    );
  }
  const segments = trace.Segments ?? [];
  if (!Array.isArray(segments)) {
    throw new TraceInputError(
      `"Segments" must be an array, got ${preview(segments)}`,
      { source, field: `${traceField(position)}.Segments` },
    );
  }

  if (segments.length === 0) return;
  const documents: RawDocument[] = new Array(segments.length);
  for (let index = 0; index < segments.length; index += 1) {
    documents[index] = parseDocument(segments[index], position, index);
  }
  collector.addAll(id, documents);
}

function parseDocument(
  segment: unknown,
  position: TracePosition,
  segmentIndex: number,
): RawDocument {
  const document = isRecord(segment) ? segment.Document : undefined;
  if (typeof document === 'string' && looksLikeObject(document)) {
    return document;
  }
  const location = {
    source: position.source,
    field: documentField(position, segmentIndex),
  };
  if (isRecord(document)) return toSegmentDocument(document, location);
  throw new TraceInputError(
    `a segment's "Document" must be a string holding a JSON object, got ${preview(document)}`,
    location,
  );
}

/**
 * A cheap shape check of a document's JSON text: braces at both ends. The
 * full parse happens when the trace is assembled.
 */
function looksLikeObject(text: string): boolean {
  let first = 0;
  let last = text.length - 1;
  while (first <= last && text.charCodeAt(first) <= 32) first += 1;
  while (last >= first && text.charCodeAt(last) <= 32) last -= 1;

  return text[first] === '{' && text[last] === '}';
}
