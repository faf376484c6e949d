import { TimeWindowError } from './errors.js';

/**
 * A closed interval of time, `start` <= `end`.
 *
 * @example
 * const window: TimeWindow = { start: new Date(0), end: new Date() };
 */
export interface TimeWindow {
  start: Date;
  end: Date;
}

/**
 * The longest window one GetTraceSummaries call accepts: 6 hours.
 *
 * @example
 * splitWindow(window, MAX_SUMMARY_WINDOW_MS);
 */
export const MAX_SUMMARY_WINDOW_MS = 6 * 60 * 60 * 1000;

const UNIT_MS = {
  s: 1000,
  m: 60 * 1000,
  h: 60 * 60 * 1000,
  d: 24 * 60 * 60 * 1000,
} as const;

const DURATION_PATTERN = /^(\d+(?:\.\d+)?)\s*([smhd])$/;

const DURATION_ADVICE =
  'Use a positive number followed by s, m, h or d, such as 90s, 15m, 6h or 2d.';

/**
 * Reads a duration such as `90s`, `15m`, `6h` or `2d` into milliseconds.
 *
 * @throws {TimeWindowError} when the text is not a positive duration.
 * @example
 * parseDuration('15m'); // 900000
 */
export function parseDuration(text: string): number {
  const match = DURATION_PATTERN.exec(text.trim());
  if (!match) throw new TimeWindowError(text, DURATION_ADVICE);
  const [, amount = '', unit = 's'] = match;
  const milliseconds = Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
  if (milliseconds <= 0) throw new TimeWindowError(text, DURATION_ADVICE);

  return milliseconds;
}

/**
 * Reads a point in time: a duration before `now` (`5m`) or an ISO 8601
 * date-time (`2026-12-03T16:00:00Z`).
 *
 * @throws {TimeWindowError} when the text is neither.
 * @example
 * parseTimePoint('5m', new Date('2026-12-03T16:05:00Z')); // 16:00:00Z
 */
export function parseTimePoint(text: string, now = new Date()): Date {
  if (DURATION_PATTERN.test(text.trim())) {
    return new Date(now.getTime() - parseDuration(text));
  }
  const time = Date.parse(text);
  if (Number.isNaN(time)) {
    throw new TimeWindowError(
      text,
      'Use a duration before now (15m) or an ISO 8601 time (2026-12-03T16:00:00Z).',
    );
  }

  return new Date(time);
}

/**
 * The window from `since` ago until `until` (default: now). Both accept
 * what {@link parseTimePoint} accepts.
 *
 * @throws {TimeWindowError} when a time is unreadable or the window ends
 * before it starts.
 * @example
 * parseSince('15m'); // { start: 15 minutes ago, end: now }
 * parseSince('2h', { until: '1h' }); // from 2 hours ago to 1 hour ago
 */
export function parseSince(
  since: string,
  options: { until?: string; now?: Date } = {},
): TimeWindow {
  const now = options.now ?? new Date();
  const start = parseTimePoint(since, now);
  const end = options.until ? parseTimePoint(options.until, now) : now;
  if (end.getTime() <= start.getTime()) {
    throw new TimeWindowError(
      `${since} .. ${options.until ?? 'now'}`,
      'The window must end after it starts.',
    );
  }

  return { start, end };
}

/**
 * Cuts a window into consecutive windows of at most `maxMs` (default: the
 * API's 6 hours), in time order.
 *
 * @example
 * splitWindow({ start, end }); // one window per 6 hours
 */
export function splitWindow(
  window: TimeWindow,
  maxMs = MAX_SUMMARY_WINDOW_MS,
): TimeWindow[] {
  const pieces: TimeWindow[] = [];
  const endTime = window.end.getTime();
  for (let start = window.start.getTime(); start < endTime; start += maxMs) {
    pieces.push({
      start: new Date(start),
      end: new Date(Math.min(start + maxMs, endTime)),
    });
  }

  return pieces;
}
