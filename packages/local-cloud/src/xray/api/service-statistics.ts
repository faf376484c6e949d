import type { SegmentDocument } from '../segment-document.js';
import { roundSeconds } from '../store/assemble-trace.js';

/** `SummaryStatistics` of a service or an edge in the service graph. */
export interface StatisticsShape {
  OkCount: number;
  ErrorStatistics: {
    ThrottleCount: number;
    OtherCount: number;
    TotalCount: number;
  };
  FaultStatistics: { OtherCount: number; TotalCount: number };
  TotalCount: number;
  TotalResponseTime: number;
}

/** One bucket of a response time or duration histogram. */
export interface HistogramEntryShape {
  Value: number;
  Count: number;
}

/** Counts calls and their response times for one node or edge. */
export interface StatisticsAccumulator {
  add(call: SegmentDocument): void;
  statistics(): StatisticsShape;
  histogram(): HistogramEntryShape[];
  startTime: number;
  endTime: number;
}

/**
 * Creates an accumulator that classifies each call as X-Ray does: a fault
 * (5xx), else a throttle (429, counted among errors), else another error
 * (4xx), else ok.
 *
 * @example
 * const statistics = createStatisticsAccumulator();
 * statistics.add(segment);
 * statistics.statistics().FaultStatistics.TotalCount;
 */
export function createStatisticsAccumulator(): StatisticsAccumulator {
  const statistics = emptyStatistics();
  const histogram = new Map<number, number>();

  return {
    startTime: Number.POSITIVE_INFINITY,
    endTime: Number.NEGATIVE_INFINITY,
    add(call) {
      const end = call.end_time ?? call.start_time;
      const responseTime = roundSeconds(end - call.start_time);
      this.startTime = Math.min(this.startTime, call.start_time);
      this.endTime = Math.max(this.endTime, end);
      classify(statistics, call);
      statistics.TotalCount++;
      statistics.TotalResponseTime = roundSeconds(
        statistics.TotalResponseTime + responseTime,
      );
      histogram.set(responseTime, (histogram.get(responseTime) ?? 0) + 1);
    },
    statistics: () => structuredClone(statistics),
    histogram: () =>
      [...histogram]
        .sort(([left], [right]) => left - right)
        .map(([Value, Count]) => ({ Value, Count })),
  };
}

function classify(statistics: StatisticsShape, call: SegmentDocument): void {
  if (call.fault) {
    statistics.FaultStatistics.OtherCount++;
    statistics.FaultStatistics.TotalCount++;
    return;
  }
  if (call.throttle) {
    statistics.ErrorStatistics.ThrottleCount++;
    statistics.ErrorStatistics.TotalCount++;
    return;
  }
  if (call.error) {
    statistics.ErrorStatistics.OtherCount++;
    statistics.ErrorStatistics.TotalCount++;
    return;
  }
  statistics.OkCount++;
}

function emptyStatistics(): StatisticsShape {
  return {
    OkCount: 0,
    ErrorStatistics: { ThrottleCount: 0, OtherCount: 0, TotalCount: 0 },
    FaultStatistics: { OtherCount: 0, TotalCount: 0 },
    TotalCount: 0,
    TotalResponseTime: 0,
  };
}
