import type { EdgeRequest, EdgeResponse } from '../edge/service.js';
import type { InvocationResult } from './invocation-result.js';
import { lambdaError } from './lambda-errors.js';
import type { LocalLambda } from './local-lambda.js';

/**
 * Answers an Invoke request: `RequestResponse` waits and returns the
 * handler's result (a failure with `X-Amz-Function-Error: Unhandled`),
 * `Event` answers 202 at once and runs the invocation in the background,
 * `DryRun` answers 204 after checking the function exists.
 *
 * @example
 * return invokeOverApi(lambda, 'payment-processing', request);
 */
export async function invokeOverApi(
  lambda: LocalLambda,
  functionName: string,
  request: EdgeRequest,
): Promise<EdgeResponse> {
  const invocationType =
    request.headers['x-amz-invocation-type'] ?? 'RequestResponse';
  const event = parsePayload(request.body);
  const invokeRequest = {
    functionName,
    event,
    traceHeader: request.headers['x-amzn-trace-id'],
  };
  if (invocationType === 'DryRun') {
    lambda.requireFunction(functionName);
    return { status: 204, headers: {}, body: '' };
  }
  if (invocationType === 'Event') {
    lambda.requireFunction(functionName);
    const requestId = lambda.invokeInBackground({
      ...invokeRequest,
      invocationType: 'Event',
    });
    return {
      status: 202,
      headers: { 'x-amzn-requestid': requestId },
      body: '',
    };
  }

  const result = await lambda.invoke(invokeRequest);

  return resultResponse(result);
}

function parsePayload(body: Buffer): unknown {
  const text = body.toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw lambdaError(
      400,
      'InvalidRequestContentException',
      `Could not parse request body into json: ${(error as Error).message}`,
    );
  }
}

function resultResponse(result: InvocationResult): EdgeResponse {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-amzn-requestid': result.requestId,
    'x-amz-executed-version': '$LATEST',
  };
  if (result.kind === 'success') {
    return { status: 200, headers, body: JSON.stringify(result.payload) };
  }
  headers['x-amz-function-error'] = 'Unhandled';
  const { errorType, errorMessage, trace } = result.error;
  const document =
    trace.length > 0
      ? { errorType, errorMessage, trace }
      : { errorType, errorMessage };

  return { status: 200, headers, body: JSON.stringify(document) };
}
