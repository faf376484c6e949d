import { createHash } from 'node:crypto';
import { type SegmentDocument, walkDocument } from '../segment-document.js';
import { inferredOrigin } from './inferred-origins.js';
import type { StoredTrace } from './segment-store.js';

/** A trace as X-Ray serves it: whole segments, subsegments in place. */
export interface AssembledTrace {
  traceId: string;
  /** Segment documents, inferred segments last. */
  segments: SegmentDocument[];
  /** The segment the request entered by (no parent in the trace). */
  root: SegmentDocument | undefined;
  /** Seconds from the first start to the last end. */
  duration: number;
  /** Some document is still in progress or lost its parent. */
  isPartial: boolean;
}

/**
 * Builds the segments X-Ray returns for a trace: each subsegment sent on
 * its own is merged into its parent's `subsegments` (at any depth), and an
 * inferred segment is added for each AWS SDK call whose service did not
 * send a segment of its own.
 *
 * @example
 * const trace = assembleTrace(store.getTrace(traceId));
 * trace.segments.map((segment) => segment.name);
 */
export function assembleTrace(stored: StoredTrace): AssembledTrace {
  const documents = [...stored.documents.values()].map((document) =>
    structuredClone(document),
  );
  const segments = documents.filter((document) => !isSubsegment(document));
  const index = new Map<string, SegmentDocument>();
  for (const segment of segments) indexTree(segment, index);
  const orphans = mergeSubsegments(documents.filter(isSubsegment), index);
  const inferred = inferSegments(stored.traceId, segments);
  const all = [...segments, ...inferred];

  return {
    traceId: stored.traceId,
    segments: all,
    root: findRoot(segments, index),
    duration: traceDuration(all),
    isPartial: orphans > 0 || all.some(hasInProgress),
  };
}

function isSubsegment(document: SegmentDocument): boolean {
  return document.type === 'subsegment';
}

function indexTree(
  document: SegmentDocument,
  index: Map<string, SegmentDocument>,
): void {
  walkDocument(document, (node) => index.set(node.id, node));
}

function mergeSubsegments(
  pending: SegmentDocument[],
  index: Map<string, SegmentDocument>,
): number {
  let remaining = pending;
  let progress = true;
  while (progress && remaining.length > 0) {
    progress = false;
    const unplaced: SegmentDocument[] = [];
    for (const subsegment of remaining) {
      const parent = index.get(subsegment.parent_id ?? '');
      if (!parent) {
        unplaced.push(subsegment);
        continue;
      }
      placeSubsegment(asEmbedded(subsegment), parent, index);
      progress = true;
    }
    remaining = unplaced;
  }

  return remaining.length;
}

function placeSubsegment(
  subsegment: SegmentDocument,
  parent: SegmentDocument,
  index: Map<string, SegmentDocument>,
): void {
  const existing = index.get(subsegment.id);
  if (existing) {
    if (existing.in_progress && !subsegment.in_progress) {
      delete existing.in_progress;
      Object.assign(existing, subsegment);
    }
    return;
  }
  parent.subsegments = [...(parent.subsegments ?? []), subsegment];
  parent.subsegments.sort((left, right) => left.start_time - right.start_time);
  indexTree(subsegment, index);
}

function asEmbedded(subsegment: SegmentDocument): SegmentDocument {
  const {
    type: _type,
    trace_id: _traceId,
    parent_id: _parentId,
    ...rest
  } = subsegment;

  return rest;
}

function inferSegments(
  traceId: string,
  segments: SegmentDocument[],
): SegmentDocument[] {
  const calledByParent = new Set(
    segments.map((segment) => segment.parent_id).filter(Boolean),
  );
  const inferred: SegmentDocument[] = [];
  for (const segment of segments) {
    walkDocument(segment, (node, depth) => {
      if (depth === 0 || node.namespace !== 'aws') return;
      if (node.end_time === undefined || calledByParent.has(node.id)) return;
      inferred.push(inferredSegment(traceId, node));
    });
  }

  return inferred;
}

function inferredSegment(
  traceId: string,
  call: SegmentDocument,
): SegmentDocument {
  const segment: SegmentDocument = {
    id: createHash('sha1').update(call.id).digest('hex').slice(0, 16),
    name: call.name,
    start_time: call.start_time,
    end_time: call.end_time,
    trace_id: traceId,
    parent_id: call.id,
    inferred: true,
    origin: inferredOrigin(call),
  };
  for (const field of ['http', 'aws', 'error', 'fault', 'throttle', 'cause']) {
    if (call[field] !== undefined) segment[field] = call[field];
  }

  return segment;
}

function findRoot(
  segments: SegmentDocument[],
  index: Map<string, SegmentDocument>,
): SegmentDocument | undefined {
  const entries = segments.filter(
    (segment) => !segment.parent_id || !index.has(segment.parent_id),
  );
  const candidates = entries.length > 0 ? entries : segments;

  return [...candidates].sort((a, b) => a.start_time - b.start_time)[0];
}

function traceDuration(segments: SegmentDocument[]): number {
  if (segments.length === 0) return 0;
  const start = Math.min(...segments.map((segment) => segment.start_time));
  const end = Math.max(
    ...segments.map((segment) => segment.end_time ?? segment.start_time),
  );

  return roundSeconds(end - start);
}

function hasInProgress(segment: SegmentDocument): boolean {
  let inProgress = false;
  walkDocument(segment, (node) => {
    if (node.in_progress) inProgress = true;
  });

  return inProgress;
}

/**
 * Rounds seconds to the millisecond, as X-Ray reports durations.
 *
 * @example
 * roundSeconds(0.123456); // 0.123
 */
export function roundSeconds(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
