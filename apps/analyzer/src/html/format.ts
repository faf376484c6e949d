/**
 * A duration in milliseconds for people: `840 ms`, `2.4 s`, `3 min 5 s`.
 *
 * @example
 * formatDuration(2410); // '2.4 s'
 */
export function formatDuration(milliseconds: number): string {
  if (!Number.isFinite(milliseconds)) return '?';
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
  if (milliseconds < 60_000) return `${(milliseconds / 1000).toFixed(1)} s`;
  const minutes = Math.floor(milliseconds / 60_000);
  const seconds = Math.round((milliseconds % 60_000) / 1000);

  return `${minutes} min ${seconds} s`;
}

/**
 * A share between 0 and 1 as a whole percentage; shares above zero never
 * round down to `0%`, so that a rare failure still shows.
 *
 * @example
 * formatPercent(0.4167); // '42%'
 * formatPercent(0.001); // '<1%'
 */
export function formatPercent(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';

  return `${Math.round(share * 100)}%`;
}

/**
 * An epoch-millisecond time as UTC, to the second: the report reads the
 * same wherever it is opened.
 *
 * @example
 * formatUtc(Date.UTC(2026, 11, 1, 12, 0, 35)); // '2026-12-01 12:00:35 UTC'
 */
export function formatUtc(epochMilliseconds: number): string {
  if (!Number.isFinite(epochMilliseconds)) return '?';
  const iso = new Date(epochMilliseconds).toISOString();

  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

/**
 * The time of day of an epoch-millisecond time, in UTC, for axis labels.
 *
 * @example
 * formatClock(Date.UTC(2026, 11, 1, 12, 0, 35)); // '12:00:35'
 */
export function formatClock(epochMilliseconds: number): string {
  if (!Number.isFinite(epochMilliseconds)) return '?';

  return new Date(epochMilliseconds).toISOString().slice(11, 19);
}

/**
 * Cuts text longer than `length` characters, ending it with an ellipsis.
 * The full text belongs in a tooltip next to it.
 *
 * @example
 * truncate('order-validation-handler', 10); // 'order-val…'
 */
export function truncate(text: string, length: number): string {
  if (text.length <= length) return text;

  return `${text.slice(0, Math.max(1, length - 1))}…`;
}

/**
 * A count with its noun, in the singular for one.
 *
 * @example
 * counted(1, 'call'); // '1 call'
 * counted(40, 'trace'); // '40 traces'
 */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
