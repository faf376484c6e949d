import { FilterExpressionError, XRayRequestError } from '../errors.js';
import { matchesFilter } from '../filter/evaluate-filter.js';
import type { FilterNode } from '../filter/filter-ast.js';
import { parseFilter } from '../filter/parse-filter.js';
import type { AssembledTrace } from '../store/assemble-trace.js';
import type { SegmentStore } from '../store/segment-store.js';
import { traceViews } from '../store/trace-views.js';
import { traceIdEpoch } from '../trace-header.js';
import {
  decodePageToken,
  encodePageToken,
  type PagePosition,
} from './page-token.js';
import { optionalString, requiredTimestamp } from './request-fields.js';
import { summarizeTrace, type TraceSummaryShape } from './trace-summary.js';

const TIME_RANGE_TYPES = new Set(['TraceId', 'Event', 'Service']);

/**
 * Answers GetTraceSummaries: the traces of a time window that match the
 * filter expression, oldest first, `pageSize` per page.
 *
 * @throws {XRayRequestError} on a bad window, time range type, filter
 * expression or NextToken.
 * @example
 * getTraceSummaries(store, { StartTime: 1700000000, EndTime: 1700000600 }, 100);
 */
export function getTraceSummaries(
  store: SegmentStore,
  input: Record<string, unknown>,
  pageSize: number,
) {
  const startTime = requiredTimestamp(input, 'StartTime');
  const endTime = requiredTimestamp(input, 'EndTime');
  if (endTime < startTime) {
    throw new XRayRequestError(
      'InvalidRequestException',
      `EndTime (${endTime}) is before StartTime (${startTime}); swap them.`,
    );
  }
  const timeRangeType = optionalString(input, 'TimeRangeType') ?? 'TraceId';
  if (!TIME_RANGE_TYPES.has(timeRangeType)) {
    throw new XRayRequestError(
      'InvalidRequestException',
      `TimeRangeType "${timeRangeType}" is not one of TraceId, Event, Service.`,
    );
  }
  const filter = readFilter(optionalString(input, 'FilterExpression'));
  const token = optionalString(input, 'NextToken');
  const after = token === undefined ? undefined : decodePageToken(token);

  const inRange = (time: number) =>
    time >= Math.floor(startTime) && time <= endTime;
  const inWindow = [...store.traces()]
    .filter(
      (stored) =>
        timeRangeType !== 'TraceId' || inRange(traceIdEpoch(stored.traceId)),
    )
    .map((stored) => traceViews(stored))
    .filter(({ trace }) => inRange(windowTime(trace, timeRangeType)));
  const summaries = inWindow
    .filter(({ facts }) => !filter || matchesFilter(filter, facts))
    .map(({ summary }) => summary)
    .sort(compareSummaries)
    .filter((summary) => !after || isAfter(summary, after));
  const page = summaries.slice(0, pageSize);
  const last = page.at(-1);

  return {
    TraceSummaries: page,
    ApproximateTime: Math.floor(Date.now() / 1000),
    TracesProcessedCount: inWindow.length,
    ...(summaries.length > pageSize && last
      ? { NextToken: encodePageToken(positionOf(last)) }
      : {}),
  };
}

function readFilter(expression: string | undefined): FilterNode | undefined {
  if (expression === undefined || expression.trim() === '') return undefined;
  try {
    return parseFilter(expression);
  } catch (error) {
    if (!(error instanceof FilterExpressionError)) throw error;
    throw new XRayRequestError('InvalidRequestException', error.message, {
      cause: error,
    });
  }
}

function windowTime(trace: AssembledTrace, timeRangeType: string): number {
  if (timeRangeType === 'TraceId') return traceIdEpoch(trace.traceId);

  return trace.root?.start_time ?? traceIdEpoch(trace.traceId);
}

function positionOf(summary: TraceSummaryShape): PagePosition {
  return { startTime: summary.StartTime ?? 0, traceId: summary.Id };
}

function compareSummaries(
  left: TraceSummaryShape,
  right: TraceSummaryShape,
): number {
  const byTime = (left.StartTime ?? 0) - (right.StartTime ?? 0);

  return byTime !== 0 ? byTime : left.Id.localeCompare(right.Id);
}

function isAfter(summary: TraceSummaryShape, position: PagePosition): boolean {
  const start = summary.StartTime ?? 0;
  if (start !== position.startTime) return start > position.startTime;

  return summary.Id.localeCompare(position.traceId) > 0;
}
