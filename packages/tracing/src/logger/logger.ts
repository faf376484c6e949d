import { currentInvocation } from '../context/invocation-context.js';
import { environmentRedactor } from '../redaction/environment-redactor.js';
import type { Redactor } from '../redaction/redactor.js';
import { formatEntry, type LogEntry, type LogFormat } from './log-format.js';
import { LogLevel, type LogLevelName, parseLogLevel } from './log-level.js';

/**
 * Extra fields of one entry, or the error it is about.
 *
 * @example
 * logger.error('Charge failed', error);
 */
export type LogExtra = Record<string, unknown> | Error;

/**
 * Options of {@link createLogger}.
 *
 * @example
 * createLogger({ service: 'svc', level: 'WARN', format: 'json' });
 */
export interface LoggerOptions {
  /** Service name on every entry. Default `POWERTOOLS_SERVICE_NAME`, then the function name. */
  service?: string;
  /** Lowest level written. Default `LOG_LEVEL`, then `AWS_LAMBDA_LOG_LEVEL`, then `INFO`. */
  level?: LogLevelName;
  /** `json` (default) or `pretty`; default from `LOG_FORMAT`. */
  format?: LogFormat;
  /** Fields on every entry of this logger. */
  persistentFields?: Record<string, unknown>;
  /** Redaction of messages and fields; default from the `TRACING_REDACT*` variables. */
  redactor?: Redactor;
  /** Where lines go; default `process.stdout`, one line per entry. */
  write?: (line: string) => void;
}

/**
 * A structured logger; each method writes at most one line.
 *
 * @example
 * const logger: Logger = createLogger({ service: 'fulfillment' });
 */
export interface Logger {
  debug(message: string, extra?: LogExtra): void;
  info(message: string, extra?: LogExtra): void;
  warn(message: string, extra?: LogExtra): void;
  error(message: string, extra?: LogExtra): void;
  /** A logger with more persistent fields (same output and level). */
  child(fields: Record<string, unknown>): Logger;
  /** The lowest level written. */
  readonly level: LogLevelName;
}

/**
 * Reads the default service name from `POWERTOOLS_SERVICE_NAME`, then
 * `AWS_LAMBDA_FUNCTION_NAME`, then `service_undefined`.
 *
 * @example
 * defaultServiceName(); // 'order-validation'
 */
export function defaultServiceName(): string {
  return (
    process.env.POWERTOOLS_SERVICE_NAME ||
    process.env.AWS_LAMBDA_FUNCTION_NAME ||
    'service_undefined'
  );
}

function extraFields(extra: LogExtra | undefined): Record<string, unknown> {
  if (extra === undefined) return {};

  return extra instanceof Error ? { error: extra } : extra;
}

interface Settings {
  service: string;
  threshold: number;
  level: LogLevelName;
  format: LogFormat;
  redactor: Redactor;
  write: (line: string) => void;
}

function entryOf(
  settings: Settings,
  level: LogLevelName,
  message: string,
  fields: Record<string, unknown>,
): LogEntry {
  const invocation = currentInvocation();

  return {
    level,
    message: settings.redactor.redactText(message),
    timestamp: new Date().toISOString(),
    service: settings.service,
    cold_start: invocation?.coldStart,
    function_name: invocation?.functionName,
    function_request_id: invocation?.requestId,
    xray_trace_id: invocation?.traceId,
    ...settings.redactor.redact(fields),
  };
}

function buildLogger(
  settings: Settings,
  persistent: Record<string, unknown>,
): Logger {
  const log = (level: LogLevelName, message: string, extra?: LogExtra) => {
    if (LogLevel[level] < settings.threshold) return;

    const fields = { ...persistent, ...extraFields(extra) };
    const entry = entryOf(settings, level, message, fields);
    settings.write(formatEntry(entry, settings.format));
  };

  return {
    debug: (message, extra) => log('DEBUG', message, extra),
    info: (message, extra) => log('INFO', message, extra),
    warn: (message, extra) => log('WARN', message, extra),
    error: (message, extra) => log('ERROR', message, extra),
    child: (fields) => buildLogger(settings, { ...persistent, ...fields }),
    level: settings.level,
  };
}

/**
 * Creates a structured logger that writes one JSON line per entry to
 * stdout: `level`, `message`, `timestamp`, `service`, and inside a
 * wrapped invocation `cold_start`, `function_name`, `function_request_id`
 * and `xray_trace_id`, then the extra fields. Messages and fields are
 * redacted (personal-data keys, e-mail addresses, card numbers). With
 * `LOG_FORMAT=pretty` each entry is one readable line instead.
 *
 * @example
 * const logger = createLogger({ service: 'order-validation' });
 * logger.info('Order stored', { orderId: 'ord-1' });
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level =
    options.level ??
    parseLogLevel(
      process.env.LOG_LEVEL ?? process.env.AWS_LAMBDA_LOG_LEVEL,
      'INFO',
    );
  const envFormat = process.env.LOG_FORMAT?.trim().toLowerCase();
  const settings: Settings = {
    service: options.service ?? defaultServiceName(),
    threshold: LogLevel[level],
    level,
    format: options.format ?? (envFormat === 'pretty' ? 'pretty' : 'json'),
    redactor: options.redactor ?? environmentRedactor(),
    write: options.write ?? ((line) => process.stdout.write(`${line}\n`)),
  };

  return buildLogger(settings, options.persistentFields ?? {});
}
