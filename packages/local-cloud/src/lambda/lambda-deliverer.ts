import { AwsApiError, TargetDeliveryError } from '../errors.js';
import type { TargetDeliverer } from '../events/event-model.js';
import { functionNameOf } from './function-name.js';
import type { LocalLambda } from './local-lambda.js';

/**
 * The EventBridge deliverer for Lambda targets: an asynchronous (`Event`)
 * invocation with the event's trace header. A throttle, a function error
 * or a timeout fails the attempt with a retryable `TargetDeliveryError`,
 * so the rule's retry policy and dead-letter queue apply; a function that
 * does not exist fails without retries (`RESOURCE_NOT_FOUND`).
 *
 * @example
 * cloud.events.useDeliverer('lambda', createLambdaDeliverer(lambda));
 */
export function createLambdaDeliverer(lambda: LocalLambda): TargetDeliverer {
  return async (target, delivery) => {
    const functionName = functionNameOf(target.target.Arn);
    let event: unknown;
    try {
      event = JSON.parse(delivery.input);
    } catch {
      event = delivery.input;
    }

    const result = await invokeOrFail(lambda, {
      functionName,
      event,
      invocationType: 'Event',
      traceHeader: delivery.traceHeader,
      attempt: delivery.attempt + 1,
    });
    if (result.kind !== 'success') {
      throw new TargetDeliveryError(
        `${functionName} failed: ${result.error.errorType}: ${result.error.errorMessage}`,
        { code: 'SDK_CLIENT_ERROR', retryable: true },
      );
    }
  };
}

async function invokeOrFail(
  lambda: LocalLambda,
  request: Parameters<LocalLambda['invoke']>[0],
) {
  try {
    return await lambda.invoke(request);
  } catch (error) {
    if (!(error instanceof AwsApiError)) throw error;
    const notFound = error.status === 404;
    throw new TargetDeliveryError(`${error.code}: ${error.message}`, {
      code: notFound ? 'RESOURCE_NOT_FOUND' : 'THROTTLING',
      retryable: !notFound,
      cause: error,
    });
  }
}
