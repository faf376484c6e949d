import type { AnnotationValue } from '../model/subsegment-document.js';

/**
 * What the wrapper knows when an invocation starts.
 *
 * @example
 * backend.beginInvocation({ name: '## svc', service: 'svc', coldStart: true, traceHeader });
 */
export interface InvocationStart {
  /** Name of the invocation's subsegment, such as `## order-validation`. */
  name: string;
  /** Service name, recorded as the `Service` annotation. */
  service: string;
  /** True on the first invocation of an execution environment. */
  coldStart: boolean;
  /** The incoming trace header (`_X_AMZN_TRACE_ID` in Lambda). */
  traceHeader: string | undefined;
  /** Milliseconds left before Lambda ends the invocation, if known. */
  remainingTimeMs?: () => number;
}

/**
 * How an invocation ended, as the wrapper hands it to the backend.
 *
 * @example
 * backend.endInvocation(span, { kind: 'error', error, captureError: true });
 */
export type InvocationOutcome =
  | { kind: 'response'; response: unknown; captureResponse: boolean }
  | { kind: 'error'; error: unknown; captureError: boolean };

/**
 * Options of {@link TracingBackend.captureHttp}.
 *
 * @example
 * backend.captureHttp({ fetch: true, nodeHttp: false });
 */
export interface HttpCaptureOptions {
  /** Capture global `fetch`. Default true. */
  fetch?: boolean;
  /** Capture `http.request`/`get` and `https.request`/`get`. Default true. */
  nodeHttp?: boolean;
}

/**
 * A handle on an invocation's span. Backends put their own state in it;
 * the wrapper only passes it back.
 *
 * @example
 * const span: InvocationSpan = backend.beginInvocation(start);
 */
export interface InvocationSpan {
  readonly kind: string;
}

/**
 * Where traces go. The wrapper, `captureAwsClient` and `getTraceHeader`
 * talk only to this interface, so a backend can be replaced (for example
 * by an OpenTelemetry one that keeps X-Ray ids and headers) without any
 * change in handlers.
 *
 * @example
 * const backend: TracingBackend = createNoopBackend();
 * configureTracing({ backend });
 */
export interface TracingBackend {
  /** Name of the backend, such as `xray` or `noop`. */
  readonly kind: string;
  /** Opens the invocation's span (the handler subsegment). */
  beginInvocation(start: InvocationStart): InvocationSpan;
  /** Runs `work` with `span` as the current span (for nested calls). */
  runInSpan<Result>(span: InvocationSpan, work: () => Result): Result;
  /** Closes the span, recording the response or error, and sends it. */
  endInvocation(span: InvocationSpan, outcome: InvocationOutcome): void;
  /** Adds an annotation to the current span. */
  addAnnotation(key: string, value: AnnotationValue): void;
  /** Adds metadata to the current span, under the service namespace. */
  addMetadata(key: string, value: unknown): void;
  /** Records an error on the current span without ending it. */
  recordError(error: unknown): void;
  /** Instruments an AWS SDK v3 client; returns the same client. */
  captureClient<Client extends object>(client: Client): Client;
  /** Instruments outgoing HTTP; idempotent. */
  captureHttp(options?: HttpCaptureOptions): void;
  /** Trace header of the current span, for a downstream call. */
  currentTraceHeader(): string | undefined;
}
