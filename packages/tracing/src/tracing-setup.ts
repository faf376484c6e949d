import { createNoopBackend } from './backend/noop-backend.js';
import type { TracingBackend } from './backend/tracing-backend.js';
import { createXRayBackend } from './backend/xray/xray-backend.js';
import { environmentRedactor } from './redaction/environment-redactor.js';
import { readSwitch, TracingEnvironment } from './settings.js';
import { warnOnce } from './warnings.js';

let active: TracingBackend | undefined;

/**
 * Options of {@link configureTracing}.
 *
 * @example
 * configureTracing({ backend: createNoopBackend() });
 */
export interface TracingSetup {
  /** The backend every wrapper and captured client uses from now on. */
  backend: TracingBackend;
}

function environmentBackend(): TracingBackend {
  if (!readSwitch(TracingEnvironment.enabled, true)) return createNoopBackend();

  try {
    return createXRayBackend({ redactor: environmentRedactor() });
  } catch (error) {
    warnOnce(
      'xray-backend-unavailable',
      `tracing is off: ${error instanceof Error ? error.message : String(error)}`,
    );
    return createNoopBackend();
  }
}

/**
 * Chooses the backend for the whole process. Call it before capturing
 * clients and wrapping handlers (at the top of the handler module); by
 * default the X-Ray backend is used, or the no-op one when
 * `TRACING_ENABLED=false`.
 *
 * @example
 * configureTracing({ backend: createNoopBackend() });
 */
export function configureTracing(setup: TracingSetup): void {
  active = setup.backend;
}

/**
 * The backend in use, created from the environment on first use.
 *
 * @example
 * tracingBackend().kind; // 'xray'
 */
export function tracingBackend(): TracingBackend {
  active ??= environmentBackend();

  return active;
}
