import { TraceInputError, type TraceInputLocation } from '../errors.js';
import type { TraceCollector } from '../model/trace-set.js';
import {
  isDaemonHeader,
  isRecord,
  toSegmentDocument,
} from './document-checks.js';

/**
 * Adds one raw segment document (as the X-Ray daemon receives it) to a
 * collector, by its `trace_id`. Daemon header objects are skipped.
 *
 * @example
 * addRawDocument(collector, JSON.parse(line), { source, line: 7 });
 */
export function addRawDocument(
  collector: TraceCollector,
  value: unknown,
  location: TraceInputLocation,
): void {
  if (isRecord(value) && isDaemonHeader(value)) return;

  const document = toSegmentDocument(value, location);
  if (typeof document.trace_id !== 'string' || document.trace_id === '') {
    throw new TraceInputError(
      `segment document ${document.id} has no string "trace_id"; raw documents need one to be grouped into traces`,
      {
        ...location,
        field: location.field ? `${location.field}.trace_id` : 'trace_id',
      },
    );
  }

  collector.add(document.trace_id, document);
}
