import { epochSeconds, segmentId, traceIdAt } from './ids.js';
import type { SeededRandom } from './random.js';
import type { SegmentDocument } from './segment-document.js';

/** A finished trace: its id and its top-level segment documents. */
export interface BuiltTrace {
  id: string;
  segments: SegmentDocument[];
  /**
   * Subsegments that their emitter sends on their own (`type:
   * "subsegment"`) rather than inside their parent segment.
   */
  sentAlone: ReadonlySet<SegmentDocument>;
}

/**
 * A trace being built: hands out ids from the seeded random source and
 * collects segments. Builders take a draft and add documents to it.
 *
 * @example
 * const draft = new TraceDraft(seededRandom(7), Date.parse('2026-12-01'));
 * const root = draft.segment({ name: 'checkout', startMs: draft.startMs });
 * draft.close(root, draft.startMs + 120);
 * const trace = draft.build();
 */
export class TraceDraft {
  readonly id: string;
  readonly random: SeededRandom;
  readonly startMs: number;
  private readonly segments: SegmentDocument[] = [];
  private readonly alone = new Set<SegmentDocument>();

  constructor(random: SeededRandom, startMs: number) {
    this.random = random;
    this.startMs = startMs;
    this.id = traceIdAt(startMs / 1000, random);
  }

  /** A fresh 16-digit id. */
  newId(): string {
    return segmentId(this.random);
  }

  /** Adds a top-level segment, starting at `startMs`, still open. */
  segment(
    fields: Omit<SegmentDocument, 'id' | 'start_time' | 'trace_id'> & {
      startMs: number;
    },
  ): SegmentDocument {
    const { startMs, ...rest } = fields;
    const document: SegmentDocument = {
      id: this.newId(),
      trace_id: this.id,
      start_time: epochSeconds(startMs),
      ...rest,
    };
    this.segments.push(document);

    return document;
  }

  /**
   * Adds a subsegment under `parent`, still open. With `sentAlone` its
   * emitter streams it as a document of its own.
   */
  subsegment(
    parent: SegmentDocument,
    fields: Omit<SegmentDocument, 'id' | 'start_time'> & { startMs: number },
    options: { sentAlone?: boolean } = {},
  ): SegmentDocument {
    const { startMs, ...rest } = fields;
    const document: SegmentDocument = {
      id: this.newId(),
      start_time: epochSeconds(startMs),
      ...rest,
    };
    parent.subsegments = [...(parent.subsegments ?? []), document];
    if (options.sentAlone) {
      this.alone.add(document);
    }

    return document;
  }

  /** Sets the end time of a document. */
  close(document: SegmentDocument, endMs: number): SegmentDocument {
    document.end_time = epochSeconds(endMs);
    delete document.in_progress;

    return document;
  }

  /** Marks a document as started but never finished. */
  leaveOpen(document: SegmentDocument): SegmentDocument {
    delete document.end_time;
    document.in_progress = true;

    return document;
  }

  /**
   * Removes a subsegment its emitter never got to send. Its children that
   * were streamed on their own stay, pointing at the missing parent.
   */
  drop(parent: SegmentDocument, document: SegmentDocument): void {
    parent.subsegments = (parent.subsegments ?? []).filter(
      (child) => child !== document,
    );
    this.alone.delete(document);
    for (const child of document.subsegments ?? []) {
      if (this.alone.has(child)) {
        this.alone.delete(child);
        this.segments.push({
          ...child,
          type: 'subsegment',
          trace_id: this.id,
          parent_id: document.id,
        });
      }
    }
  }

  /** The finished trace. */
  build(): BuiltTrace {
    return { id: this.id, segments: this.segments, sentAlone: this.alone };
  }
}
