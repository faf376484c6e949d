import type { StoredDocument } from '../segment-document.js';
import { checkDocument, type DropReason } from './document-check.js';

/** The documents of one trace, keyed by segment or subsegment id. */
export interface StoredTrace {
  traceId: string;
  documents: ReadonlyMap<string, StoredDocument>;
  /** Epoch milliseconds of the first document received for the trace. */
  firstReceivedAt: number;
  /** Grows by one with every document stored for the trace. */
  readonly revision: number;
}

/** Counters of what the store has seen. */
export interface SegmentStoreStats {
  received: number;
  stored: number;
  /** In-progress documents replaced by their completed version. */
  completed: number;
  dropped: Partial<Record<DropReason, number>>;
  evictedTraces: number;
  traces: number;
}

/** Options of {@link createSegmentStore}. */
export interface SegmentStoreOptions {
  /** The most traces kept; the oldest is evicted first. Default 10,000. */
  maxTraces?: number;
}

/** Where the daemon and the emitters put segment documents. */
export interface SegmentStore {
  /** Checks and stores one document; returns what happened to it. */
  put(candidate: unknown): 'stored' | 'ignored' | DropReason;
  /** Counts a document dropped before it reached {@link put}. */
  countDropped(reason: DropReason): void;
  getTrace(traceId: string): StoredTrace | undefined;
  /** All traces, oldest first. */
  traces(): IterableIterator<StoredTrace>;
  stats(): SegmentStoreStats;
  clear(): void;
}

interface MutableTrace extends StoredTrace {
  documents: Map<string, StoredDocument>;
  revision: number;
}

/**
 * Creates an in-memory segment store. A completed document replaces the
 * in-progress document with the same id; an in-progress document that
 * arrives after its completed version is ignored.
 *
 * @example
 * const store = createSegmentStore({ maxTraces: 1000 });
 * store.put({ id: '53995c3f42cd8ad8', trace_id: '1-5759e988-bd862e3fe1be46a994272793', name: 'orders', start_time: 1, end_time: 2 });
 */
export function createSegmentStore(
  options: SegmentStoreOptions = {},
): SegmentStore {
  const maxTraces = options.maxTraces ?? 10_000;
  const traces = new Map<string, MutableTrace>();
  const counters = emptyCounters();

  const store = (document: StoredDocument): 'stored' | 'ignored' => {
    const trace = traceFor(document.trace_id);
    const existing = trace.documents.get(document.id);
    if (existing && !existing.in_progress && document.in_progress) {
      return 'ignored';
    }
    if (existing?.in_progress && !document.in_progress) counters.completed++;
    trace.documents.set(document.id, document);
    trace.revision++;
    counters.stored++;

    return 'stored';
  };

  const traceFor = (traceId: string): MutableTrace => {
    const existing = traces.get(traceId);
    if (existing) return existing;
    const created: MutableTrace = {
      traceId,
      documents: new Map(),
      firstReceivedAt: Date.now(),
      revision: 0,
    };
    traces.set(traceId, created);
    evictOverflow();

    return created;
  };

  const evictOverflow = () => {
    while (traces.size > maxTraces) {
      const oldest = traces.keys().next().value as string;
      traces.delete(oldest);
      counters.evictedTraces++;
    }
  };

  return {
    put(candidate) {
      counters.received++;
      const check = checkDocument(candidate);
      if (check.kind === 'dropped') {
        counters.dropped[check.reason] =
          (counters.dropped[check.reason] ?? 0) + 1;
        return check.reason;
      }

      return store(check.document);
    },
    countDropped(reason) {
      counters.received++;
      counters.dropped[reason] = (counters.dropped[reason] ?? 0) + 1;
    },
    getTrace: (traceId) => traces.get(traceId),
    traces: () => traces.values(),
    stats: () => ({
      ...counters,
      dropped: { ...counters.dropped },
      traces: traces.size,
    }),
    clear() {
      traces.clear();
      Object.assign(counters, emptyCounters());
    },
  };
}

function emptyCounters(): Omit<SegmentStoreStats, 'traces'> {
  return {
    received: 0,
    stored: 0,
    completed: 0,
    dropped: {},
    evictedTraces: 0,
  };
}
