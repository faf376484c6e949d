import type { AnnotationValue } from './model/subsegment-document.js';
import { tracingBackend } from './tracing-setup.js';

/**
 * Instruments an AWS SDK v3 client: each call becomes a subsegment
 * (operation, resource, retries, throttle/error/fault), and the trace
 * header is passed on automatically in EventBridge `PutEvents` entries,
 * Step Functions `StartExecution` and SQS `SendMessage(Batch)`. Returns
 * the same client, so it fits where the client is created.
 *
 * @example
 * const dynamo = captureAwsClient(new DynamoDBClient({}));
 */
export function captureAwsClient<Client extends object>(
  client: Client,
): Client {
  return tracingBackend().captureClient(client);
}

/**
 * The trace header of the current subsegment
 * (`Root=1-...;Parent=...;Sampled=1`), for a call that the library does
 * not capture; undefined outside a wrapped invocation.
 *
 * @example
 * await publish({ ...message, traceHeader: getTraceHeader() });
 */
export function getTraceHeader(): string | undefined {
  return tracingBackend().currentTraceHeader();
}

/**
 * Adds an annotation (indexed, searchable in X-Ray) to the current
 * subsegment. Values of personal-data keys are redacted.
 *
 * @example
 * addAnnotation('OrderId', order.orderId);
 */
export function addAnnotation(key: string, value: AnnotationValue): void {
  tracingBackend().addAnnotation(key, value);
}

/**
 * Adds metadata (not indexed) to the current subsegment, as a redacted
 * copy under the service's namespace.
 *
 * @example
 * addMetadata('order', order);
 */
export function addMetadata(key: string, value: unknown): void {
  tracingBackend().addMetadata(key, value);
}

/**
 * Records an error on the current subsegment without throwing it, for
 * errors a handler handles but wants to see in the trace.
 *
 * @example
 * catch (error) { recordError(error); return fallback; }
 */
export function recordError(error: unknown): void {
  tracingBackend().recordError(error);
}
