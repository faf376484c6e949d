import type { SubsegmentDocument } from '../../model/subsegment-document.js';

/** Largest document sent in one datagram (the UDP limit, less headroom). */
export const MAX_DOCUMENT_BYTES = 63 * 1024;

function markOpenInProgress(subsegment: SubsegmentDocument): void {
  if (subsegment.end_time === undefined) subsegment.in_progress = true;
  for (const child of subsegment.subsegments ?? []) markOpenInProgress(child);
}

function split(
  subsegment: SubsegmentDocument,
  limit: number,
  documents: string[],
): void {
  const whole = JSON.stringify(subsegment);
  if (whole.length <= limit / 3 || Buffer.byteLength(whole) <= limit) {
    documents.push(whole);
    return;
  }

  const { subsegments = [], ...parent } = subsegment;
  for (const child of subsegments) {
    const standalone: SubsegmentDocument = {
      ...child,
      type: 'subsegment',
      trace_id: subsegment.trace_id,
      parent_id: subsegment.id,
    };
    split(standalone, limit, documents);
  }
  const parentText = JSON.stringify(parent);
  if (Buffer.byteLength(parentText) <= limit) {
    documents.push(parentText);
    return;
  }
  documents.push(
    JSON.stringify({ ...parent, metadata: { tracing: { truncated: true } } }),
  );
}

/**
 * Serialises an invocation's subsegment tree into as few documents as the
 * datagram limit allows: one in the common case; when the tree is too
 * large, its children are sent as standalone subsegments (with
 * `type`, `trace_id` and `parent_id`) and, as a last resort, metadata
 * that alone exceeds the limit is dropped. Subsegments without an end
 * time are marked `in_progress`.
 *
 * @example
 * const documents = segmentDocuments(handlerSubsegment);
 * emitter.send(documents);
 */
export function segmentDocuments(
  root: SubsegmentDocument,
  limit = MAX_DOCUMENT_BYTES,
): string[] {
  markOpenInProgress(root);
  const documents: string[] = [];
  split(root, limit, documents);

  return documents;
}
