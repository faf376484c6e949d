import {
  BatchGetTracesCommand,
  type BatchGetTracesCommandOutput,
  type Trace,
  type XRayClient,
} from '@aws-sdk/client-xray';
import { type RetryOptions, withBackoff } from './backoff.js';

/**
 * The most trace ids one BatchGetTraces call accepts.
 *
 * @example
 * Math.ceil(traceIds.length / MAX_IDS_PER_BATCH); // calls needed
 */
export const MAX_IDS_PER_BATCH = 5;

/**
 * One page of traces, shaped like a BatchGetTraces response, as
 * `readTraces` of `@org/rca` accepts it.
 *
 * @example
 * const page: TracePage = { Traces: [{ Id: '1-...', Segments: [] }] };
 */
export interface TracePage {
  Traces: Trace[];
  UnprocessedTraceIds?: string[];
}

/**
 * What {@link fetchTracePages} needs besides the client and the ids.
 *
 * @example
 * const options: FetchTracePagesOptions = { concurrency: 2 };
 */
export interface FetchTracePagesOptions {
  /** Calls in flight at once. Default 4. */
  concurrency?: number;
  retry?: RetryOptions;
  signal?: AbortSignal;
}

/**
 * Fetches the full traces of `traceIds` with BatchGetTraces, 5 ids per
 * call, `concurrency` calls at a time, following NextToken. Pages come in
 * the order of the ids.
 *
 * @example
 * const pages = await fetchTracePages(client, ids, { concurrency: 4 });
 */
export async function fetchTracePages(
  client: XRayClient,
  traceIds: readonly string[],
  options: FetchTracePagesOptions = {},
): Promise<TracePage[]> {
  const batches = chunk(traceIds, MAX_IDS_PER_BATCH);
  const pagesPerBatch: TracePage[][] = new Array(batches.length);
  let nextBatch = 0;
  const worker = async (): Promise<void> => {
    while (nextBatch < batches.length) {
      const index = nextBatch;
      nextBatch += 1;
      pagesPerBatch[index] = await fetchBatch(
        client,
        batches[index] ?? [],
        options,
      );
    }
  };
  const workers = Math.max(
    1,
    Math.min(options.concurrency ?? 4, batches.length),
  );
  await Promise.all(Array.from({ length: workers }, worker));

  return pagesPerBatch.flat();
}

async function fetchBatch(
  client: XRayClient,
  traceIds: string[],
  options: FetchTracePagesOptions,
): Promise<TracePage[]> {
  const pages: TracePage[] = [];
  let nextToken: string | undefined;
  do {
    const command = new BatchGetTracesCommand({
      TraceIds: traceIds,
      NextToken: nextToken,
    });
    const output: BatchGetTracesCommandOutput = await withBackoff(
      'BatchGetTraces',
      () => client.send(command, { abortSignal: options.signal }),
      { ...options.retry, signal: options.signal },
    );
    pages.push(toPage(output));
    nextToken = output.NextToken;
  } while (nextToken);

  return pages;
}

function toPage(output: BatchGetTracesCommandOutput): TracePage {
  const unprocessed = output.UnprocessedTraceIds ?? [];
  const page: TracePage = { Traces: output.Traces ?? [] };
  if (unprocessed.length > 0) page.UnprocessedTraceIds = unprocessed;

  return page;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) {
    chunks.push(items.slice(index, index + size));
  }

  return chunks;
}
