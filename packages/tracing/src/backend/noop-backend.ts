import type { InvocationSpan, TracingBackend } from './tracing-backend.js';

const NOOP_SPAN: InvocationSpan = { kind: 'noop' };

/**
 * A backend that records nothing and sends nothing: for tests, scripts and
 * `TRACING_ENABLED=false`. Handlers run exactly as without the wrapper.
 *
 * @example
 * configureTracing({ backend: createNoopBackend() });
 */
export function createNoopBackend(): TracingBackend {
  return {
    kind: 'noop',
    beginInvocation: () => NOOP_SPAN,
    runInSpan: (_span, work) => work(),
    endInvocation: () => undefined,
    addAnnotation: () => undefined,
    addMetadata: () => undefined,
    recordError: () => undefined,
    captureClient: (client) => client,
    captureHttp: () => undefined,
    currentTraceHeader: () => undefined,
  };
}
