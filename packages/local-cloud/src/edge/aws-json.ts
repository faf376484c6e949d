import { randomUUID } from 'node:crypto';
import { AwsApiError } from '../errors.js';
import type { EdgeRequest, EdgeResponse } from './service.js';

/** The content type of the AWS JSON 1.0 protocol (DynamoDB, SQS). */
export const AWS_JSON_1_0 = 'application/x-amz-json-1.0';
/** The content type of the AWS JSON 1.1 protocol (EventBridge, Lambda). */
export const AWS_JSON_1_1 = 'application/x-amz-json-1.1';

/**
 * Parses a request body as a JSON object, the way an AWS JSON service
 * does: anything else is a `SerializationException`. An empty body reads
 * as an empty object.
 *
 * @example
 * const input = parseJsonBody(request, 'com.amazonaws.sqs#');
 */
export function parseJsonBody(
  request: EdgeRequest,
  typePrefix = 'com.amazon.coral.service#',
): Record<string, unknown> {
  const text = request.body.toString('utf8');
  if (text.trim() === '') {
    return {};
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw serializationError(
      typePrefix,
      'Start of structure or map found where not expected.',
      error,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw serializationError(
      typePrefix,
      'The request body must be a JSON object.',
    );
  }

  return parsed as Record<string, unknown>;
}

function serializationError(
  typePrefix: string,
  message: string,
  cause?: unknown,
): AwsApiError {
  return new AwsApiError(
    { status: 400, type: `${typePrefix}SerializationException`, message },
    { cause },
  );
}

/**
 * A 200 answer carrying a JSON document.
 *
 * @example
 * return jsonResponse({ QueueUrl: url });
 */
export function jsonResponse(
  document: unknown,
  contentType = AWS_JSON_1_0,
): EdgeResponse {
  return {
    status: 200,
    headers: {
      'content-type': contentType,
      'x-amzn-requestid': randomUUID(),
    },
    body: JSON.stringify(document),
  };
}

/**
 * Renders an API error the way AWS JSON services answer one: the status,
 * a body with `__type` and `message`, and the error's extra headers.
 *
 * @example
 * return errorResponse(new AwsApiError({ status: 400, type: 'X', message: 'y' }));
 */
export function errorResponse(
  error: AwsApiError,
  contentType = AWS_JSON_1_0,
): EdgeResponse {
  const body = { __type: error.type, message: error.message, ...error.details };

  return {
    status: error.status,
    headers: {
      'content-type': contentType,
      'x-amzn-requestid': randomUUID(),
      ...error.headers,
    },
    body: JSON.stringify(body),
  };
}
