/**
 * A log entry as it is written: the fixed fields, then extra ones.
 *
 * @example
 * const entry: LogEntry = { level: 'INFO', message: 'ok', timestamp };
 */
export type LogEntry = Record<string, unknown> & {
  level: string;
  message: string;
  timestamp: string;
};

/**
 * How entries are written: one JSON object or one readable line.
 *
 * @example
 * createLogger({ format: 'pretty' });
 */
export type LogFormat = 'json' | 'pretty';

const PRETTY_HIDDEN = new Set(['level', 'message', 'timestamp', 'service']);

function prettyValue(value: unknown): string {
  if (typeof value === 'string')
    return value.includes(' ') ? `"${value}"` : value;

  return JSON.stringify(value) ?? String(value);
}

/**
 * Writes an entry as one JSON line, or as one readable line for local
 * development (`12:00:00.000 INFO  [service] message key=value`).
 *
 * @example
 * formatEntry(entry, 'pretty');
 */
export function formatEntry(entry: LogEntry, format: LogFormat): string {
  if (format === 'json') return JSON.stringify(entry);

  const fields = Object.entries(entry)
    .filter(([key, value]) => !PRETTY_HIDDEN.has(key) && value !== undefined)
    .map(([key, value]) => `${key}=${prettyValue(value)}`)
    .join(' ');
  const time = entry.timestamp.slice(11, 23);
  const head = `${time} ${entry.level.padEnd(5)} [${String(entry.service)}] ${entry.message}`;

  return fields === '' ? head : `${head} ${fields}`;
}
