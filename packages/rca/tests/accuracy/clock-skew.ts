import type { BuiltTrace, SeededRandom, SegmentDocument } from '@org/testing';

function shift(document: SegmentDocument, seconds: number): void {
  document.start_time = Math.round((document.start_time + seconds) * 1e6) / 1e6;
  if (document.end_time !== undefined) {
    document.end_time = Math.round((document.end_time + seconds) * 1e6) / 1e6;
  }
  for (const child of document.subsegments ?? []) {
    shift(child, seconds);
  }
}

/**
 * Moves each function's segment (and its subsegments) by up to
 * `maxSkewMs` either way, as a host whose clock differs from Lambda's
 * front end records it: a child may then start before its parent.
 */
export function skewFunctionClocks(
  trace: BuiltTrace,
  random: SeededRandom,
  maxSkewMs: number,
): void {
  for (const segment of trace.segments) {
    if (segment.origin !== 'AWS::Lambda::Function') {
      continue;
    }
    const skewMs = (random.next() * 2 - 1) * maxSkewMs;
    shift(segment, skewMs / 1000);
  }
}
