import { inferredSegments } from './inferred-segments.js';
import type { SegmentDocument } from './segment-document.js';
import type { BuiltTrace } from './trace-draft.js';

/** One page of a BatchGetTraces response. */
export interface BatchGetTracesPage {
  Traces: {
    Id: string;
    Duration: number;
    LimitExceeded: boolean;
    Segments: { Id: string; Document: string }[];
  }[];
  UnprocessedTraceIds: string[];
}

/**
 * Renders traces as one BatchGetTraces page: each segment as a JSON
 * string in `Document`, with the subsegments that were streamed on their
 * own already assembled into their parents, and the inferred segments
 * X-Ray adds for DynamoDB, SQS, SNS and S3 calls (unless
 * `inferred: false`), as the X-Ray API returns them. `Duration` spans
 * the earliest start to the latest end.
 *
 * @example
 * const text = JSON.stringify(toBatchGetTracesPage(traces));
 */
export function toBatchGetTracesPage(
  traces: readonly BuiltTrace[],
  options: { inferred?: boolean } = {},
): BatchGetTracesPage {
  return {
    Traces: traces.map((trace) => {
      const segments =
        options.inferred === false
          ? trace.segments
          : [...trace.segments, ...inferredSegments(trace.id, trace.segments)];

      return {
        Id: trace.id,
        Duration: traceDuration(trace.segments),
        LimitExceeded: false,
        Segments: segments.map((segment) => ({
          Id: segment.id,
          Document: JSON.stringify(segment),
        })),
      };
    }),
    UnprocessedTraceIds: [],
  };
}

/**
 * Renders traces as NDJSON of raw segment documents, as the daemon
 * receives them: subsegments their emitter streams alone become lines of
 * their own with `type: "subsegment"`, `trace_id` and `parent_id`, ahead
 * of the segment they belong to.
 *
 * @example
 * writeFileSync('traces.ndjson', toDaemonNdjson(traces));
 */
export function toDaemonNdjson(traces: readonly BuiltTrace[]): string {
  const lines: string[] = [];
  for (const trace of traces) {
    for (const segment of trace.segments) {
      const streamed: SegmentDocument[] = [];
      const kept = detachStreamed(segment, trace, streamed);
      for (const document of [...streamed, kept]) {
        lines.push(JSON.stringify(document));
      }
    }
  }

  return `${lines.join('\n')}\n`;
}

function detachStreamed(
  document: SegmentDocument,
  trace: BuiltTrace,
  streamed: SegmentDocument[],
): SegmentDocument {
  if (!document.subsegments) {
    return document;
  }
  const kept: SegmentDocument[] = [];
  for (const child of document.subsegments) {
    const copy = detachStreamed(child, trace, streamed);
    if (trace.sentAlone.has(child)) {
      streamed.push({
        ...copy,
        type: 'subsegment',
        trace_id: trace.id,
        parent_id: document.id,
      });
    } else {
      kept.push(copy);
    }
  }
  const { subsegments: _all, ...rest } = document;

  return kept.length > 0 ? { ...rest, subsegments: kept } : rest;
}

function traceDuration(segments: readonly SegmentDocument[]): number {
  const starts = segments.map((segment) => segment.start_time);
  const ends = segments.map(
    (segment) => segment.end_time ?? segment.start_time,
  );
  const seconds = Math.max(...ends) - Math.min(...starts);

  return Math.round(seconds * 1000) / 1000;
}
