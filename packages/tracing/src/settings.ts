/**
 * The environment variables `@org/tracing` reads, with their defaults:
 *
 * | variable | default | effect |
 * | --- | --- | --- |
 * | `TRACING_ENABLED` | `true` | `false` selects the no-op backend |
 * | `TRACING_CAPTURE_RESPONSE` | `true` | handler response as metadata |
 * | `TRACING_CAPTURE_ERROR` | `true` | handler error as metadata |
 * | `TRACING_CAPTURE_HTTP` | `true` | subsegments for fetch and http(s) |
 * | `TRACING_REDACT` | `true` | `false` turns redaction off |
 * | `TRACING_REDACT_KEYS` | (none) | extra sensitive keys, comma-separated |
 *
 * @example
 * process.env[TracingEnvironment.captureResponse] = 'false';
 */
export const TracingEnvironment = {
  enabled: 'TRACING_ENABLED',
  captureResponse: 'TRACING_CAPTURE_RESPONSE',
  captureError: 'TRACING_CAPTURE_ERROR',
  captureHttp: 'TRACING_CAPTURE_HTTP',
  redact: 'TRACING_REDACT',
  redactKeys: 'TRACING_REDACT_KEYS',
} as const;

const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);
const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);

/**
 * Reads a boolean switch from the environment; anything unrecognised (or
 * unset) gives the default.
 *
 * @example
 * readSwitch('TRACING_CAPTURE_RESPONSE', true);
 */
export function readSwitch(name: string, fallback: boolean): boolean {
  const value = process.env[name]?.trim().toLowerCase();
  if (value === undefined) return fallback;
  if (FALSE_WORDS.has(value)) return false;
  if (TRUE_WORDS.has(value)) return true;

  return fallback;
}

/**
 * Reads a comma-separated list from the environment.
 *
 * @example
 * readList('TRACING_REDACT_KEYS'); // ['dateOfBirth', 'iban']
 */
export function readList(name: string): string[] {
  const value = process.env[name];
  if (value === undefined) return [];

  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
