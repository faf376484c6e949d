import type {
  InvocationOutcome,
  InvocationSpan,
  TracingBackend,
} from './backend/tracing-backend.js';
import { takeColdStart } from './context/cold-start.js';
import { incomingTraceHeader } from './context/incoming-trace-header.js';
import {
  type InvocationContext,
  invocationContexts,
} from './context/invocation-context.js';
import { defaultServiceName, type Logger } from './logger/logger.js';
import { type LumigoOptions, withLumigo } from './lumigo.js';
import { readSwitch, TracingEnvironment } from './settings.js';
import { parseTraceHeader } from './trace-header.js';
import { tracingBackend } from './tracing-setup.js';
import { setWarningSink, warnOnce } from './warnings.js';

/**
 * The parts of Lambda's context the wrapper reads.
 *
 * @example
 * await traced(event, { awsRequestId: 'req-1', functionName: 'fn' });
 */
export interface LambdaContextLike {
  awsRequestId?: string;
  functionName?: string;
  getRemainingTimeInMillis?: () => number;
}

/**
 * A Lambda handler in the async style.
 *
 * @example
 * const handler: AsyncHandler<OrderEvent, Outcome, Context> = async (event) => validate(event);
 */
export type AsyncHandler<Event, Result, Context extends LambdaContextLike> = (
  event: Event,
  context: Context,
) => Promise<Result> | Result;

/**
 * Options of {@link withTracing}.
 *
 * @example
 * withTracing(handler, { service: 'svc', captureResponse: false });
 */
export interface WithTracingOptions {
  /** `Service` annotation, log field and metadata namespace. Default `POWERTOOLS_SERVICE_NAME`, then the function name. */
  service?: string;
  /** Name of the handler subsegment. Default `## ` + service. */
  subsegmentName?: string;
  /** Logger for handler errors and for the library's warnings. */
  logger?: Logger;
  /** Response as metadata. Default `TRACING_CAPTURE_RESPONSE`, else true. */
  captureResponse?: boolean;
  /** Error as metadata. Default `TRACING_CAPTURE_ERROR`, else true. */
  captureError?: boolean;
  /** Subsegments for fetch and http(s). Default `TRACING_CAPTURE_HTTP`, else true. */
  captureHttp?: boolean;
  /** Backend for this handler; default the process-wide one. */
  backend?: TracingBackend;
  /** Lumigo settings; Lumigo wraps the handler only when a token is set. */
  lumigo?: LumigoOptions;
}

interface Settings {
  service: string;
  name: string;
  captureResponse: boolean;
  captureError: boolean;
  logger: Logger | undefined;
}

function settingsOf(options: WithTracingOptions): Settings {
  const service = options.service ?? defaultServiceName();

  return {
    service,
    name: options.subsegmentName ?? `## ${service}`,
    captureResponse:
      options.captureResponse ??
      readSwitch(TracingEnvironment.captureResponse, true),
    captureError:
      options.captureError ?? readSwitch(TracingEnvironment.captureError, true),
    logger: options.logger,
  };
}

function invocationOf(
  settings: Settings,
  context: LambdaContextLike | undefined,
  coldStart: boolean,
  traceHeader: string | undefined,
): InvocationContext {
  return {
    requestId: context?.awsRequestId,
    functionName: context?.functionName ?? process.env.AWS_LAMBDA_FUNCTION_NAME,
    coldStart,
    service: settings.service,
    traceId: parseTraceHeader(traceHeader)?.traceId,
  };
}

function safely<Result>(step: () => Result): Result | undefined {
  try {
    return step();
  } catch (error) {
    warnOnce(
      'backend-failure',
      `the tracing backend failed (${String(error)}); the handler runs on untraced.`,
    );
    return undefined;
  }
}

function endSafely(
  backend: TracingBackend,
  span: InvocationSpan | undefined,
  outcome: InvocationOutcome,
): void {
  if (span !== undefined) safely(() => backend.endInvocation(span, outcome));
}

/**
 * Wraps a Lambda handler so that each invocation is traced: a handler
 * subsegment (`## service`) with `ColdStart` and `Service` annotations,
 * the response or error as metadata, the error (type, redacted message,
 * stack, causes) as the subsegment's fault, and outgoing fetch and
 * http(s) calls as subsegments. Errors are rethrown unchanged (the same
 * object); a failure of tracing itself never reaches the handler. When
 * `LUMIGO_TRACER_TOKEN` is set, Lumigo's tracer wraps the result too.
 *
 * @example
 * export const handler = withTracing(
 *   async (event: OrderCreatedEvent, context: Context) => validate(event),
 *   { service: 'order-validation', logger },
 * );
 */
export function withTracing<
  Event,
  Result,
  Context extends LambdaContextLike = LambdaContextLike,
>(
  handler: AsyncHandler<Event, Result, Context>,
  options: WithTracingOptions = {},
): (event: Event, context: Context) => Promise<Result> {
  const settings = settingsOf(options);
  const backend = options.backend ?? tracingBackend();
  const logger = options.logger;
  if (logger !== undefined) setWarningSink((message) => logger.warn(message));
  const captureHttp =
    options.captureHttp ?? readSwitch(TracingEnvironment.captureHttp, true);
  if (captureHttp) safely(() => backend.captureHttp());

  const traced = async (event: Event, context: Context): Promise<Result> => {
    const coldStart = takeColdStart();
    const traceHeader = incomingTraceHeader();
    const span = safely(() =>
      backend.beginInvocation({
        name: settings.name,
        service: settings.service,
        coldStart,
        traceHeader,
        remainingTimeMs: context?.getRemainingTimeInMillis?.bind(context),
      }),
    );
    const invocation = invocationOf(settings, context, coldStart, traceHeader);
    const run = () => handler(event, context);

    let response: Result;
    try {
      response = await invocationContexts.run(invocation, () =>
        span === undefined ? run() : backend.runInSpan(span, run),
      );
    } catch (error) {
      const { captureError } = settings;
      endSafely(backend, span, { kind: 'error', error, captureError });
      invocationContexts.run(invocation, () =>
        safely(() => logger?.error('Invocation failed', { error })),
      );
      throw error;
    }
    const { captureResponse } = settings;
    endSafely(backend, span, { kind: 'response', response, captureResponse });

    return response;
  };

  return withLumigo(traced, options.lumigo);
}
