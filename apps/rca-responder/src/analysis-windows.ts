import type { TimeWindow } from '@org/xray-reader';

/**
 * The two windows read for an alarm: the alarm's own (ending at the state
 * change) and the healthy one just before it.
 *
 * @example
 * const { alarm, baseline } = analysisWindows(changedAt, 300, 300);
 */
export interface AnalysisWindows {
  alarm: TimeWindow;
  baseline: TimeWindow;
}

/**
 * Computes the alarm window `[changedAt - lookback, changedAt]` and the
 * baseline window `[start - baseline, start]` before it.
 *
 * @example
 * analysisWindows(new Date('2026-12-03T10:05:00Z'), 300, 300).alarm.start;
 * // 2026-12-03T10:00:00.000Z
 */
export function analysisWindows(
  changedAt: Date,
  lookbackSeconds: number,
  baselineSeconds: number,
): AnalysisWindows {
  const end = changedAt.getTime();
  const start = end - lookbackSeconds * 1000;

  return {
    alarm: { start: new Date(start), end: new Date(end) },
    baseline: {
      start: new Date(start - baselineSeconds * 1000),
      end: new Date(start),
    },
  };
}
