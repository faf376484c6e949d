/**
 * Severity of a log entry, ordered by weight.
 *
 * @example
 * LogLevel.WARN > LogLevel.INFO; // true
 */
export const LogLevel = {
  DEBUG: 10,
  INFO: 20,
  WARN: 30,
  ERROR: 40,
  SILENT: 100,
} as const;

/**
 * Name of a {@link LogLevel}.
 *
 * @example
 * createLogger({ level: 'DEBUG' });
 */
export type LogLevelName = keyof typeof LogLevel;

const ALIASES: Record<string, LogLevelName> = {
  TRACE: 'DEBUG',
  DEBUG: 'DEBUG',
  INFO: 'INFO',
  WARN: 'WARN',
  WARNING: 'WARN',
  ERROR: 'ERROR',
  CRITICAL: 'ERROR',
  FATAL: 'ERROR',
  SILENT: 'SILENT',
  OFF: 'SILENT',
};

/**
 * Reads a level name case-insensitively (`warning`, `trace`, `fatal` and
 * `off` are understood); anything else gives `fallback`.
 *
 * @example
 * parseLogLevel(process.env.LOG_LEVEL, 'INFO');
 */
export function parseLogLevel(
  value: string | undefined,
  fallback: LogLevelName,
): LogLevelName {
  if (value === undefined) return fallback;

  return ALIASES[value.trim().toUpperCase()] ?? fallback;
}
