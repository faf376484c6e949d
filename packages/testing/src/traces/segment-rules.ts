import type { SegmentDocument } from './segment-document.js';

const segmentIdPattern = /^[0-9a-f]{16}$/;
const traceIdPattern = /^1-[0-9a-f]{8}-[0-9a-f]{24}$/;

/**
 * Problems of a document against the X-Ray segment document rules: ids
 * of 16 hex digits, a well-formed `trace_id` on documents sent on their
 * own, `parent_id` on subsegments sent alone, `end_time` or
 * `in_progress` (not both), times in epoch seconds, nested subsegments.
 * An empty list means the document is valid.
 *
 * @example
 * expect(segmentProblems(JSON.parse(line))).toEqual([]);
 */
export function segmentProblems(
  document: SegmentDocument,
  topLevel = true,
): string[] {
  const problems: string[] = [];
  const where = `${document.name}(${document.id})`;
  if (!segmentIdPattern.test(document.id)) {
    problems.push(`${where}: id is not 16 hex digits`);
  }
  if (!document.name) {
    problems.push(`${where}: name is empty`);
  }
  if (topLevel && !traceIdPattern.test(document.trace_id ?? '')) {
    problems.push(`${where}: trace_id ${document.trace_id} is malformed`);
  }
  if (document.type === 'subsegment' && !document.parent_id) {
    problems.push(`${where}: a subsegment sent alone needs parent_id`);
  }
  if (document.end_time === undefined && document.in_progress !== true) {
    problems.push(`${where}: neither end_time nor in_progress`);
  }
  if (document.end_time !== undefined && document.in_progress) {
    problems.push(`${where}: end_time and in_progress together`);
  }
  if ((document.end_time ?? document.start_time) < document.start_time) {
    problems.push(`${where}: ends before it starts`);
  }
  if (document.start_time < 1e9 || document.start_time > 1e10) {
    problems.push(`${where}: start_time is not in epoch seconds`);
  }
  for (const child of document.subsegments ?? []) {
    problems.push(...segmentProblems(child, false));
  }

  return problems;
}
