import {
  GetTraceSummariesCommand,
  type GetTraceSummariesCommandOutput,
  type XRayClient,
} from '@aws-sdk/client-xray';
import { type RetryOptions, withBackoff } from './backoff.js';
import { splitWindow, type TimeWindow } from './time-window.js';

/**
 * What {@link listTraceIds} needs besides the client and the window.
 *
 * @example
 * const options: ListTraceIdsOptions = { filterExpression: 'error' };
 */
export interface ListTraceIdsOptions {
  /** An X-Ray filter expression, such as `service("orders") { fault }`. */
  filterExpression?: string;
  retry?: RetryOptions;
  signal?: AbortSignal;
}

/**
 * Lists the ids of the traces in a window with GetTraceSummaries,
 * following NextToken and cutting windows longer than the API's 6 hours.
 * Ids come once each, in the order X-Ray returned them.
 *
 * @example
 * const ids = await listTraceIds(client, parseSince('15m'));
 */
export async function listTraceIds(
  client: XRayClient,
  window: TimeWindow,
  options: ListTraceIdsOptions = {},
): Promise<string[]> {
  const traceIds = new Set<string>();
  for (const piece of splitWindow(window)) {
    let nextToken: string | undefined;
    do {
      const page = await summariesPage(client, piece, nextToken, options);
      for (const summary of page.TraceSummaries ?? []) {
        if (summary.Id) traceIds.add(summary.Id);
      }
      nextToken = page.NextToken;
    } while (nextToken);
  }

  return [...traceIds];
}

function summariesPage(
  client: XRayClient,
  window: TimeWindow,
  nextToken: string | undefined,
  options: ListTraceIdsOptions,
): Promise<GetTraceSummariesCommandOutput> {
  const command = new GetTraceSummariesCommand({
    StartTime: window.start,
    EndTime: window.end,
    FilterExpression: options.filterExpression,
    NextToken: nextToken,
  });

  return withBackoff(
    'GetTraceSummaries',
    () => client.send(command, { abortSignal: options.signal }),
    { ...options.retry, signal: options.signal },
  );
}
