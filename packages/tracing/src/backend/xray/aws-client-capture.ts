import { callOutcome } from '../../aws/call-outcome.js';
import { resourceFields } from '../../aws/resource-fields.js';
import { withTraceHeader } from '../../aws/trace-header-injection.js';
import { exceptionRecords } from '../../model/exception-records.js';
import {
  flagOutcome,
  type SubsegmentDocument,
} from '../../model/subsegment-document.js';
import type { Redactor } from '../../redaction/redactor.js';
import { warnOnce } from '../../warnings.js';
import {
  attemptMiddleware,
  traceHeaderMiddleware,
} from './aws-attempt-middleware.js';
import {
  endSubsegment,
  openChildScope,
  scopeTraceHeader,
  xrayScopes,
} from './xray-scope.js';

type Next = (args: MiddlewareArgs) => Promise<MiddlewareOutput>;
interface MiddlewareArgs {
  input: unknown;
  request?: { headers?: Record<string, string> };
}
interface MiddlewareOutput {
  output?: { $metadata?: ResponseMetadata };
}
interface ResponseMetadata {
  httpStatusCode?: number;
  requestId?: string;
  attempts?: number;
}
interface HandlerContext {
  clientName?: string;
  commandName?: string;
}
interface CapturableClient {
  middlewareStack: {
    add(middleware: unknown, options: Record<string, unknown>): void;
  };
  config?: { serviceId?: string; region?: unknown };
}
interface AwsError {
  name?: string;
  $metadata?: ResponseMetadata;
  $retryable?: { throttling?: boolean };
}

const captured = new WeakSet<object>();

function isCapturable(client: object): client is CapturableClient {
  const stack = (client as Partial<CapturableClient>).middlewareStack;

  return typeof stack?.add === 'function';
}

function serviceName(client: CapturableClient, context: HandlerContext) {
  const serviceId = client.config?.serviceId;
  if (typeof serviceId === 'string' && serviceId !== '') return serviceId;

  return (context.clientName ?? 'AWS').replace(/Client$/, '');
}

async function regionOf(client: CapturableClient): Promise<string> {
  const region = client.config?.region;
  if (typeof region === 'string') return region;
  if (typeof region !== 'function') return '';

  return String(await region());
}

function recordResponse(
  subsegment: SubsegmentDocument,
  metadata: ResponseMetadata | undefined,
): void {
  const aws = subsegment.aws as Record<string, unknown>;
  if (metadata?.requestId) aws.request_id = metadata.requestId;
  aws.retries = Math.max(0, (metadata?.attempts ?? 1) - 1);
  if (metadata?.httpStatusCode !== undefined) {
    subsegment.http = { response: { status: metadata.httpStatusCode } };
  }
}

/** Takes back the flags an earlier attempt set, once the call succeeded. */
function clearOutcome(subsegment: SubsegmentDocument): void {
  delete subsegment.error;
  delete subsegment.throttle;
  delete subsegment.fault;
}

function recordFailure(
  subsegment: SubsegmentDocument,
  error: unknown,
  redactor: Redactor,
): void {
  const failure = (error ?? {}) as AwsError;
  recordResponse(subsegment, failure.$metadata);
  flagOutcome(
    subsegment,
    callOutcome({
      status: failure.$metadata?.httpStatusCode,
      errorName: failure.name,
      throttling: failure.$retryable?.throttling,
      failed: true,
    }),
  );
  subsegment.cause = {
    exceptions: exceptionRecords(error, redactor.redactText, true),
  };
}

/** Passes an unsampled trace's header on, so that it stays unsampled. */
function withCurrentHeader(
  args: MiddlewareArgs,
  service: string,
  operation: string,
): MiddlewareArgs {
  const header = scopeTraceHeader(xrayScopes.getStore());
  if (header === undefined) return args;

  return {
    ...args,
    input: withTraceHeader(service, operation, args.input, header),
  };
}

function tracingMiddleware(client: CapturableClient, redactor: Redactor) {
  let region: string | undefined;

  return (next: Next, context: HandlerContext) =>
    async (args: MiddlewareArgs): Promise<MiddlewareOutput> => {
      const service = serviceName(client, context);
      const operation = (context.commandName ?? '').replace(/Command$/, '');
      const scope = openChildScope(service, 'aws');
      if (scope === undefined) {
        return next(withCurrentHeader(args, service, operation));
      }
      const subsegment = scope.subsegment as SubsegmentDocument;

      region ??= await regionOf(client);
      subsegment.aws = {
        operation,
        region,
        ...resourceFields(service, args.input),
      };
      const header = scopeTraceHeader(scope) as string;
      const input = withTraceHeader(service, operation, args.input, header);
      try {
        const result = await xrayScopes.run(scope, () =>
          next({ ...args, input }),
        );
        clearOutcome(subsegment);
        recordResponse(subsegment, result.output?.$metadata);
        return result;
      } catch (error) {
        recordFailure(subsegment, error, redactor);
        throw error;
      } finally {
        endSubsegment(subsegment);
      }
    };
}

/**
 * Adds three middlewares to an AWS SDK v3 client: one that records every
 * call as an `aws` subsegment (operation, region, request id, retries,
 * resource, status, error/throttle/fault from the status and exception)
 * and passes the trace header on in the call's input where the service
 * carries it; one that sets the `X-Amzn-Trace-Id` HTTP header; one that
 * follows each attempt, so that retries and throttles show even in a
 * call that never ends. Capturing the same client twice is harmless.
 * Returns the same client.
 *
 * @example
 * const dynamo = captureXRayClient(new DynamoDBClient({}), redactor);
 */
export function captureXRayClient<Client extends object>(
  client: Client,
  redactor: Redactor,
): Client {
  if (captured.has(client)) return client;
  if (!isCapturable(client)) {
    warnOnce(
      'not-an-aws-client',
      'captureAwsClient received an object without a middlewareStack; pass an AWS SDK v3 client.',
    );
    return client;
  }

  captured.add(client);
  client.middlewareStack.add(tracingMiddleware(client, redactor), {
    step: 'initialize',
    priority: 'high',
    name: 'orgTracingSubsegment',
  });
  client.middlewareStack.add(traceHeaderMiddleware(), {
    step: 'build',
    name: 'orgTracingTraceHeader',
  });
  client.middlewareStack.add(attemptMiddleware(), {
    step: 'deserialize',
    priority: 'high',
    name: 'orgTracingAttempt',
  });

  return client;
}
