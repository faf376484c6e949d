import type { SegmentDocument } from '@org/testing';
import type { InputFormat } from './generate.js';

/** The documents of a generated input, one per segment or line. */
export function documentsOf(
  text: string,
  format: InputFormat,
): SegmentDocument[] {
  if (format === 'ndjson') {
    return text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as SegmentDocument);
  }
  const pages = JSON.parse(text) as {
    Traces: { Segments: { Document: string }[] }[];
  }[];

  return pages.flatMap((page) =>
    page.Traces.flatMap((trace) =>
      trace.Segments.map(
        (segment) => JSON.parse(segment.Document) as SegmentDocument,
      ),
    ),
  );
}
