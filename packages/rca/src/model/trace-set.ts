import type { SegmentDocument } from './segment-document.js';

/**
 * A segment document as read: parsed, or still the JSON text that
 * BatchGetTraces returned (parsed when the trace is assembled, so that
 * large inputs are not held twice in memory).
 *
 * @example
 * const document: RawDocument = '{"id":"70de5b6f19ff9a0a","name":"api"}';
 */
export type RawDocument = SegmentDocument | string;

/**
 * The documents of one trace, as read: segments and separately sent
 * subsegments in input order, and where they came from.
 *
 * @example
 * const record: TraceRecord = { id: '1-5f8a...', documents: [segment] };
 */
export interface TraceRecord {
  readonly id: string;
  readonly documents: readonly RawDocument[];
  /** The input's name, for errors found when a document is parsed. */
  readonly source?: string;
}

/**
 * Traces read from one or more inputs, keyed by trace id. Build one with
 * `readTraces` and combine several with `mergeTraceSets`.
 *
 * @example
 * const traces: TraceSet = readTraces(fileText, { source: 'traces.json' });
 * traces.traces.length; // number of distinct trace ids
 */
export interface TraceSet {
  readonly kind: 'trace-set';
  readonly traces: readonly TraceRecord[];
  readonly byId: ReadonlyMap<string, TraceRecord>;
}

/**
 * Collects documents by trace id, keeping the order in which trace ids were
 * first seen so that reports are deterministic.
 *
 * @example
 * const collector = new TraceCollector();
 * collector.add('1-5f8a...', document);
 * const traces = collector.toTraceSet();
 */
export class TraceCollector {
  /** Records by trace id; their document arrays grow while reading. */
  private readonly records = new Map<string, TraceRecord>();

  constructor(private readonly source?: string) {}

  add(traceId: string, document: RawDocument): void {
    const record = this.records.get(traceId);
    if (record === undefined) {
      const documents = [document];
      this.records.set(
        traceId,
        this.source === undefined
          ? { id: traceId, documents }
          : { id: traceId, documents, source: this.source },
      );
      return;
    }

    (record.documents as RawDocument[]).push(document);
  }

  /**
   * Adds all documents of one trace at once; the collector takes over
   * the array.
   */
  addAll(traceId: string, documents: RawDocument[]): void {
    const record = this.records.get(traceId);
    if (record === undefined) {
      this.records.set(
        traceId,
        this.source === undefined
          ? { id: traceId, documents }
          : { id: traceId, documents, source: this.source },
      );
      return;
    }

    const known = record.documents as RawDocument[];
    for (const document of documents) known.push(document);
  }

  /** The traces read so far; the collector must not be used after. */
  toTraceSet(): TraceSet {
    return {
      kind: 'trace-set',
      traces: [...this.records.values()],
      byId: this.records,
    };
  }
}

/**
 * Combines trace sets into one. Documents of a trace id that appears in
 * several sets are concatenated (duplicates are resolved when the trace is
 * assembled).
 *
 * @example
 * const traces = mergeTraceSets(readTraces(page1), readTraces(page2));
 */
export function mergeTraceSets(...sets: TraceSet[]): TraceSet {
  const collector = new TraceCollector();
  for (const set of sets) {
    for (const trace of set.traces) {
      for (const document of trace.documents) {
        collector.add(trace.id, document);
      }
    }
  }

  return collector.toTraceSet();
}
