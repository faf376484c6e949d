import type { XRayClient } from '@aws-sdk/client-xray';
import type { RetryOptions } from './backoff.js';
import { fetchTracePages, type TracePage } from './batch-get-traces.js';
import { XRayDeadlineError } from './errors.js';
import type { TimeWindow } from './time-window.js';
import { listTraceIds } from './trace-summaries.js';

/**
 * What to read and how. Only `client` and `window` are required.
 *
 * @example
 * const options: ReadTraceWindowOptions = {
 *   client: new XRayClient({ maxAttempts: 1 }),
 *   window: parseSince('15m'),
 *   deadlineMs: 60_000,
 * };
 */
export interface ReadTraceWindowOptions {
  /**
   * The client to call. Create it with `maxAttempts: 1` so that this
   * reader's backoff is the only retry layer.
   */
  client: XRayClient;
  window: TimeWindow;
  /** An X-Ray filter expression for GetTraceSummaries. */
  filterExpression?: string;
  /** BatchGetTraces calls in flight at once. Default 4. */
  concurrency?: number;
  retry?: RetryOptions;
  /** Aborts the reading from outside. */
  signal?: AbortSignal;
  /** Total time allowed for the whole reading, in ms. No limit by default. */
  deadlineMs?: number;
}

/**
 * The traces of a window: `pages` go straight to `readTraces` of
 * `@org/rca`; `unprocessedTraceIds` are the ids X-Ray did not return.
 *
 * @example
 * const { pages } = await readTraceWindow(options);
 */
export interface TraceWindowRead {
  pages: TracePage[];
  traceIds: string[];
  unprocessedTraceIds: string[];
}

/**
 * Reads every trace of a time window from the X-Ray API: the ids with
 * GetTraceSummaries, then the documents with BatchGetTraces, with
 * backoff on throttling and a total deadline.
 *
 * @throws {XRayDeadlineError} when the deadline passes or `signal` aborts.
 * @throws {XRayRequestError} when a call fails for good.
 * @example
 * const client = new XRayClient({ region: 'eu-west-1', maxAttempts: 1 });
 * const { pages } = await readTraceWindow({
 *   client,
 *   window: parseSince('15m'),
 * });
 * const traces = readTraces(pages);
 */
export async function readTraceWindow(
  options: ReadTraceWindowOptions,
): Promise<TraceWindowRead> {
  const deadline =
    options.deadlineMs === undefined
      ? undefined
      : AbortSignal.timeout(options.deadlineMs);
  const signals = [options.signal, deadline].filter(
    (signal): signal is AbortSignal => signal !== undefined,
  );
  const signal = signals.length > 0 ? AbortSignal.any(signals) : undefined;
  try {
    return await untilAborted(readAll(options, signal), signal);
  } catch (error) {
    if (!signal?.aborted) throw error;
    const deadlinePassed = deadline?.aborted === true;
    throw new XRayDeadlineError(
      deadlinePassed ? options.deadlineMs : undefined,
      { cause: error },
    );
  }
}

async function readAll(
  options: ReadTraceWindowOptions,
  signal: AbortSignal | undefined,
): Promise<TraceWindowRead> {
  const { client, retry } = options;
  const traceIds = await listTraceIds(client, options.window, {
    filterExpression: options.filterExpression,
    retry,
    signal,
  });
  const pages = await fetchTracePages(client, traceIds, {
    concurrency: options.concurrency,
    retry,
    signal,
  });
  const unprocessedTraceIds = pages.flatMap(
    (page) => page.UnprocessedTraceIds ?? [],
  );

  return { pages, traceIds, unprocessedTraceIds };
}

function untilAborted<T>(
  work: Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T> {
  if (!signal) return work;

  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}
