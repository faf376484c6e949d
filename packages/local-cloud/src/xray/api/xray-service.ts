import type {
  EdgeRequest,
  EdgeResponse,
  EmulatedService,
} from '../../edge/service.js';
import { XRayRequestError } from '../errors.js';
import type { SegmentStore } from '../store/segment-store.js';
import { batchGetTraces } from './batch-get-traces.js';
import { getServiceGraph } from './get-service-graph.js';
import { getTraceGraph } from './get-trace-graph.js';
import { getTraceSummaries } from './get-trace-summaries.js';
import { parseRequestBody } from './request-fields.js';

/** Options of {@link createXRayService}. */
export interface XRayServiceOptions {
  store: SegmentStore;
  /** Trace summaries per GetTraceSummaries page. Default 100. */
  pageSize?: number;
}

type Operation = (input: Record<string, unknown>) => unknown;

/**
 * Creates the X-Ray query API as an {@link EmulatedService} for the edge:
 * `POST /TraceSummaries` (GetTraceSummaries), `POST /Traces`
 * (BatchGetTraces), `POST /ServiceGraph` (GetServiceGraph) and
 * `POST /TraceGraph` (GetTraceGraph). Bad requests answer 400 with the AWS
 * error code in `x-amzn-ErrorType`.
 *
 * @example
 * const service = createXRayService({ store });
 * const response = await service.handle(request);
 */
export function createXRayService(
  options: XRayServiceOptions,
): EmulatedService {
  const { store } = options;
  const pageSize = options.pageSize ?? 100;
  const routes = new Map<string, Operation>([
    ['/TraceSummaries', (input) => getTraceSummaries(store, input, pageSize)],
    ['/Traces', (input) => batchGetTraces(store, input)],
    ['/ServiceGraph', (input) => getServiceGraph(store, input)],
    ['/TraceGraph', (input) => getTraceGraph(store, input)],
  ]);

  return {
    name: 'xray',
    matches: (request) => request.method === 'POST' && routes.has(request.path),
    handle: async (request) => {
      const operation = routes.get(request.path);
      if (!operation) return errorResponse(unknownRoute(request));
      try {
        return jsonResponse(200, operation(parseRequestBody(request.body)));
      } catch (error) {
        if (error instanceof XRayRequestError) return errorResponse(error);
        throw error;
      }
    },
  };
}

function unknownRoute(request: EdgeRequest): XRayRequestError {
  return new XRayRequestError(
    'InvalidRequestException',
    `${request.method} ${request.path} is not an X-Ray operation of this emulation.`,
  );
}

function errorResponse(error: XRayRequestError): EdgeResponse {
  const response = jsonResponse(error.statusCode, {
    __type: error.code,
    Message: error.message,
  });
  response.headers = {
    ...response.headers,
    'x-amzn-errortype': error.code,
  };

  return response;
}

function jsonResponse(status: number, body: unknown): EdgeResponse {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  };
}
