import { AwsApiError } from '../errors.js';
import { increment, type LocalCloudStats } from '../stats.js';
import { AWS_JSON_1_0, errorResponse } from './aws-json.js';
import { targetOf } from './route.js';
import type { EdgeRequest, EdgeResponse, EmulatedService } from './service.js';

/** An answer and the service that gave it (none when nothing matched). */
export interface Dispatched {
  service?: string;
  response: EdgeResponse;
}

/**
 * Hands a request to the first service that claims it and turns whatever
 * goes wrong into the answer AWS would give: an unknown target is an
 * `UnknownOperationException`, a request no service recognises an
 * `UnrecognizedClientException`, a thrown {@link AwsApiError} its own
 * answer, and any other failure a 500 `InternalFailure`.
 *
 * @example
 * const { response } = await dispatch(request, services, stats);
 */
export async function dispatch(
  request: EdgeRequest,
  services: readonly EmulatedService[],
  stats: LocalCloudStats,
): Promise<Dispatched> {
  const service = services.find((candidate) => safeMatch(candidate, request));
  if (!service) {
    stats.edge.unrouted += 1;
    return {
      response: countError(unroutedError(request), stats, request),
    };
  }
  increment(stats.edge.byService, service.name);

  try {
    const response = await service.handle(request);
    return { service: service.name, response };
  } catch (error) {
    return {
      service: service.name,
      response: failureResponse(error, stats, request),
    };
  }
}

function safeMatch(service: EmulatedService, request: EdgeRequest): boolean {
  try {
    return service.matches(request);
  } catch {
    return false;
  }
}

function unroutedError(request: EdgeRequest): AwsApiError {
  if (targetOf(request)) {
    return new AwsApiError({
      status: 400,
      type: 'com.amazon.coral.service#UnknownOperationException',
      message: `The operation ${request.headers['x-amz-target']} is not known to this endpoint.`,
    });
  }

  return new AwsApiError({
    status: 400,
    type: 'com.amazon.coral.service#UnrecognizedClientException',
    message: 'The security token included in the request is invalid.',
  });
}

function failureResponse(
  error: unknown,
  stats: LocalCloudStats,
  request: EdgeRequest,
): EdgeResponse {
  if (error instanceof AwsApiError) {
    if (error.code === 'SerializationException') {
      stats.edge.malformed += 1;
    }
    return countError(error, stats, request);
  }
  stats.edge.internalErrors += 1;
  stats.edge.lastInternalError =
    error instanceof Error ? (error.stack ?? error.message) : String(error);

  return countError(
    new AwsApiError({
      status: 500,
      type: 'com.amazon.coral.service#InternalFailure',
      message: 'The request processing has failed because of an unknown error.',
    }),
    stats,
    request,
  );
}

function countError(
  error: AwsApiError,
  stats: LocalCloudStats,
  request: EdgeRequest,
): EdgeResponse {
  increment(stats.edge.errors, error.code);
  const contentType = request.headers['content-type'] ?? '';

  return errorResponse(
    error,
    contentType.startsWith('application/x-amz-json-')
      ? contentType
      : AWS_JSON_1_0,
  );
}
