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

  traces.forEach((trace, traceIndex) => {
    addTrace(collector, trace, {
      source,
      field: `${tracesField}[${traceIndex}]`,
    });
  });
}

function addTrace(
  collector: TraceCollector,
  trace: unknown,
  context: { source: string | undefined; field: string },
): void {
  const { source, field } = context;
  if (!isRecord(trace)) {
    throw new TraceInputError(
      `expected a trace object, got ${preview(trace)}`,
      {
        source,
        field,
      },
    );
  }
  if (typeof trace.Id !== 'string' || trace.Id === '') {
    throw new TraceInputError(
      `a trace has no string "Id" (got ${preview(trace.Id)})`,
      { source, field: `${field}.Id` },
    );
  }
  const segments = trace.Segments ?? [];
  if (!Array.isArray(segments)) {
    throw new TraceInputError(
      `"Segments" must be an array, got ${preview(segments)}`,
      { source, field: `${field}.Segments` },
    );
  }

  segments.forEach((segment, segmentIndex) => {
    const documentField = `${field}.Segments[${segmentIndex}].Document`;
    const document = parseDocument(segment, { source, field: documentField });
    collector.add(trace.Id as string, document);
  });
}

function parseDocument(
  segment: unknown,
  location: { source: string | undefined; field: string },
): RawDocument {
  const document = isRecord(segment) ? segment.Document : undefined;
  if (isRecord(document)) return toSegmentDocument(document, location);
  if (typeof document !== 'string' || !looksLikeObject(document)) {
    throw new TraceInputError(
      `a segment's "Document" must be a string holding a JSON object, got ${preview(document)}`,
      location,
    );
  }

  return document;
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
