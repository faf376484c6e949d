/** Up to this many spans are ordered in place by insertion. */
const INSERTION_LIMIT = 32;

/**
 * The total length covered by the first `count` spans given as parallel
 * arrays of starts and ends (each end after its start). Spans are taken
 * in order of start, equal starts in the order given, so the sum is the
 * same on every run. Reorders those entries in place.
 *
 * @example
 * unionLength([0, 1, 5], [2, 3, 6], 3); // 4
 */
export function unionLength(
  starts: number[],
  ends: number[],
  count: number,
): number {
  if (count === 0) return 0;
  if (count === 1) return (ends[0] as number) - (starts[0] as number);
  if (count <= INSERTION_LIMIT) sortInPlace(starts, ends, count);
  else sortLarge(starts, ends, count);
  let covered = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < count; index += 1) {
    const start = starts[index] as number;
    const end = ends[index] as number;
    if (end <= reach) continue;
    covered += end - Math.max(reach, start);
    reach = end;
  }

  return covered;
}

/** A stable insertion sort of both arrays by start. */
function sortInPlace(starts: number[], ends: number[], count: number): void {
  for (let index = 1; index < count; index += 1) {
    const start = starts[index] as number;
    const end = ends[index] as number;
    let slot = index;
    while (slot > 0 && (starts[slot - 1] as number) > start) {
      starts[slot] = starts[slot - 1] as number;
      ends[slot] = ends[slot - 1] as number;
      slot -= 1;
    }
    starts[slot] = start;
    ends[slot] = end;
  }
}

/** The same order for many spans, through the stable built-in sort. */
function sortLarge(starts: number[], ends: number[], count: number): void {
  const spans: number[][] = [];
  for (let index = 0; index < count; index += 1) {
    spans.push([starts[index] as number, ends[index] as number]);
  }
  spans.sort((left, right) => (left[0] as number) - (right[0] as number));
  spans.forEach(([start, end], index) => {
    starts[index] = start as number;
    ends[index] = end as number;
  });
}
