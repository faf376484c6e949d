import { TraceInputError } from '../errors.js';
import { TraceCollector, type TraceSet } from '../model/trace-set.js';
import { addBatchGetTracesPage } from './batch-get-traces.js';
import { isRecord, preview } from './document-checks.js';
import { addNdjson } from './ndjson.js';
import { addRawDocument } from './raw-documents.js';

/** Options of `readTraces`. */
export interface ReadTracesOptions {
  /** Name of the input (a file path, `X-Ray API`) shown in errors. */
  source?: string;
}

/**
 * Reads trace data into a TraceSet. Accepts a string holding JSON (a
 * BatchGetTraces response or an array of pages) or NDJSON of raw segment
 * documents (daemon header lines and blank lines tolerated), or the same
 * already parsed: a page, an array of pages, or an array of raw segment
 * documents. Throws TraceInputError naming the source, line and field of
 * anything malformed.
 *
 * @example
 * const traces = readTraces(readFileSync('traces.json', 'utf8'), {
 *   source: 'traces.json',
 * });
 */
export function readTraces(
  input: unknown,
  options: ReadTracesOptions = {},
): TraceSet {
  const { source } = options;
  const collector = new TraceCollector(source);
  if (typeof input === 'string') {
    addText(collector, input, source);
  } else {
    addParsed(collector, input, source);
  }

  return collector.toTraceSet();
}

function addText(
  collector: TraceCollector,
  text: string,
  source: string | undefined,
): void {
  const first = text.search(/\S/);
  if (first === -1) return;
  if (text[first] === '[') {
    addParsed(collector, parseJson(text, source), source);
    return;
  }
  if (text[first] !== '{') {
    throw new TraceInputError(
      `expected JSON or NDJSON, the text starts with ${preview(text.slice(first, first + 20))}`,
      { source, line: 1 },
    );
  }

  const whole = tryParse(text);
  if (whole.ok) {
    addParsed(collector, whole.value, source);
    return;
  }
  addNdjson(collector, text, source);
}

function addParsed(
  collector: TraceCollector,
  value: unknown,
  source: string | undefined,
): void {
  if (isRecord(value) && 'Traces' in value) {
    addBatchGetTracesPage(collector, value, { source });
    return;
  }
  if (isRecord(value)) {
    addRawDocument(collector, value, { source });
    return;
  }
  if (!Array.isArray(value)) {
    throw new TraceInputError(
      `expected a BatchGetTraces page, an array of pages or of segment documents, got ${preview(value)}`,
      { source },
    );
  }

  value.forEach((item, index) => {
    const field = `[${index}]`;
    if (isRecord(item) && 'Traces' in item) {
      addBatchGetTracesPage(collector, item, { source, field });
    } else {
      addRawDocument(collector, item, { source, field });
    }
  });
}

function parseJson(text: string, source: string | undefined): unknown {
  const result = tryParse(text);
  if (!result.ok) {
    throw new TraceInputError(
      `the text is not valid JSON (${result.error.message})`,
      { source },
      { cause: result.error },
    );
  }

  return result.value;
}

function tryParse(
  text: string,
): { ok: true; value: unknown } | { ok: false; error: Error } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: error as Error };
  }
}
