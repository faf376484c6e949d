import { TraceInputError } from '../errors.js';
import type { TraceCollector } from '../model/trace-set.js';
import { preview } from './document-checks.js';
import { addRawDocument } from './raw-documents.js';

/**
 * Adds NDJSON of raw segment documents to a collector: one JSON document
 * per line, blank lines and daemon header lines tolerated.
 *
 * @example
 * addNdjson(collector, fileText, 'segments.ndjson');
 */
export function addNdjson(
  collector: TraceCollector,
  text: string,
  source: string | undefined,
): void {
  let lineStart = 0;
  let lineNumber = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    lineNumber += 1;
    const line = text.slice(lineStart, lineEnd).trim();
    lineStart = lineEnd + 1;
    if (line === '') continue;

    addRawDocument(collector, parseLine(line, source, lineNumber), {
      source,
      line: lineNumber,
    });
  }
}

function parseLine(
  line: string,
  source: string | undefined,
  lineNumber: number,
) {
  try {
    return JSON.parse(line) as unknown;
  } catch (error) {
    throw new TraceInputError(
      `line is not valid JSON: ${preview(line)}`,
      { source, line: lineNumber },
      { cause: error },
    );
  }
}
