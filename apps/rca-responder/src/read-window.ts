import type { XRayClient } from '@aws-sdk/client-xray';
import {
  fetchTracePages,
  listTraceIds,
  MAX_IDS_PER_BATCH,
  type TimeWindow,
  type TracePage,
} from '@org/xray-reader';

/**
 * What {@link readWindow} needs.
 *
 * @example
 * const options: ReadWindowOptions = { client, window, deadline: Date.now() + 20_000, maxTraces: 2000 };
 */
export interface ReadWindowOptions {
  client: XRayClient;
  window: TimeWindow;
  /** Epoch milliseconds after which no more traces are fetched. */
  deadline: number;
  /** Most traces fetched; the first ones X-Ray lists are kept. */
  maxTraces: number;
  /** Clock; tests pass their own. */
  now?: () => number;
}

/**
 * The traces read from one window: `pages` for `readTraces`, how many
 * ids the window listed and how many of them were not fetched (the
 * deadline passed, the cap was reached, or X-Ray did not return them).
 *
 * @example
 * const { pages, listed, unread } = await readWindow(options);
 */
export interface WindowRead {
  pages: TracePage[];
  listed: number;
  unread: number;
}

/** Ids fetched between two looks at the clock. */
const IDS_PER_ROUND = MAX_IDS_PER_BATCH * 4;

/**
 * Reads a window's traces from the X-Ray API: lists the ids, then fetches
 * them a round at a time until all are in or the deadline passes; what
 * was fetched by then is kept, so a late reading still gives a partial
 * window rather than nothing.
 *
 * @throws {XRayDeadlineError} when even the listing misses the deadline
 * @throws {XRayRequestError} when a call fails for good
 * @example
 * const read = await readWindow({ client, window, deadline, maxTraces: 2000 });
 */
export async function readWindow(
  options: ReadWindowOptions,
): Promise<WindowRead> {
  const now = options.now ?? Date.now;
  const listed = await listTraceIds(options.client, options.window, {
    signal: AbortSignal.timeout(msUntil(options.deadline, now)),
  });
  const wanted = listed.slice(0, options.maxTraces);
  const pages: TracePage[] = [];
  let fetched = 0;
  while (fetched < wanted.length && now() < options.deadline) {
    const round = wanted.slice(fetched, fetched + IDS_PER_ROUND);
    const roundPages = await fetchRound(options, round, now);
    if (roundPages === undefined) break;
    pages.push(...roundPages);
    fetched += round.length;
  }
  const missing = pages.flatMap((page) => page.UnprocessedTraceIds ?? []);

  return {
    pages,
    listed: listed.length,
    unread: listed.length - fetched + missing.length,
  };
}

async function fetchRound(
  options: ReadWindowOptions,
  traceIds: string[],
  now: () => number,
): Promise<TracePage[] | undefined> {
  const signal = AbortSignal.timeout(msUntil(options.deadline, now));
  try {
    return await fetchTracePages(options.client, traceIds, { signal });
  } catch (error) {
    if (signal.aborted) return undefined;
    throw error;
  }
}

/** The longest delay a Node timer takes. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function msUntil(deadline: number, now: () => number): number {
  return Math.max(1, Math.min(MAX_TIMER_MS, Math.ceil(deadline - now())));
}
