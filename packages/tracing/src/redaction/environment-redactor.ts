import { readList, readSwitch, TracingEnvironment } from '../settings.js';
import { createRedactor, type Redactor } from './redactor.js';

/**
 * A redactor configured from the environment: `TRACING_REDACT=false`
 * turns redaction off, `TRACING_REDACT_KEYS` (comma-separated) adds keys.
 *
 * @example
 * const redactor = environmentRedactor();
 */
export function environmentRedactor(): Redactor {
  return createRedactor({
    extraKeys: readList(TracingEnvironment.redactKeys),
    enabled: readSwitch(TracingEnvironment.redact, true),
  });
}
