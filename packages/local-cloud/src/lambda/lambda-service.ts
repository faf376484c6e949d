import { randomUUID } from 'node:crypto';
import { errorResponse } from '../edge/aws-json.js';
import type {
  EdgeRequest,
  EdgeResponse,
  EmulatedService,
} from '../edge/service.js';
import { AwsApiError } from '../errors.js';
import { functionConfiguration } from './function-configuration.js';
import { functionNameOf } from './function-name.js';
import { invokeOverApi } from './invoke-over-api.js';
import { functionNotFound } from './lambda-errors.js';
import type { LocalLambda } from './local-lambda.js';

const FUNCTIONS_PATH = '/2015-03-31/functions';
const CONTENT_TYPE = 'application/json';

/**
 * The Lambda API behind the edge, in its REST-JSON protocol: Invoke
 * (`RequestResponse`, `Event` and `DryRun`), GetFunction and
 * ListFunctions. Errors carry `x-amzn-ErrorType` as Lambda's do.
 *
 * @example
 * cloud.addService(createLambdaService(lambda));
 */
export function createLambdaService(lambda: LocalLambda): EmulatedService {
  return {
    name: 'lambda',
    matches: (request) => request.path.startsWith(FUNCTIONS_PATH),
    handle: async (request) => {
      try {
        return await route(lambda, request);
      } catch (error) {
        if (error instanceof AwsApiError) {
          return errorResponse(error, CONTENT_TYPE);
        }
        throw error;
      }
    },
  };
}

async function route(
  lambda: LocalLambda,
  request: EdgeRequest,
): Promise<EdgeResponse> {
  const parts = request.path
    .slice(FUNCTIONS_PATH.length)
    .split('/')
    .filter((part) => part !== '')
    .map((part) => decodeURIComponent(part));
  const [reference, action] = parts;
  if (reference === undefined && request.method === 'GET') {
    return listFunctions(lambda);
  }
  if (
    reference !== undefined &&
    parts.length === 1 &&
    request.method === 'GET'
  ) {
    return getFunction(lambda, functionNameOf(reference));
  }
  if (
    reference !== undefined &&
    action === 'invocations' &&
    request.method === 'POST'
  ) {
    return invokeOverApi(lambda, functionNameOf(reference), request);
  }

  throw new AwsApiError({
    status: 404,
    type: 'UnknownOperationException',
    message: `${request.method} ${request.path} is not an operation this Lambda emulation knows.`,
    headers: { 'x-amzn-errortype': 'UnknownOperationException' },
  });
}

function listFunctions(lambda: LocalLambda): EdgeResponse {
  const functions = lambda
    .functions()
    .map((config) =>
      functionConfiguration(config, lambda.functionArn(config.name)),
    );

  return json({ Functions: functions });
}

function getFunction(lambda: LocalLambda, name: string): EdgeResponse {
  const config = lambda.functionNamed(name);
  if (!config) throw functionNotFound(lambda.functionArn(name));

  return json({
    Configuration: functionConfiguration(config, lambda.functionArn(name)),
    Code: { RepositoryType: 'S3', Location: `file://${config.codeDirectory}` },
    ...(config.reservedConcurrency === undefined
      ? {}
      : {
          Concurrency: {
            ReservedConcurrentExecutions: config.reservedConcurrency,
          },
        }),
  });
}

function json(document: unknown): EdgeResponse {
  return {
    status: 200,
    headers: { 'content-type': CONTENT_TYPE, 'x-amzn-requestid': randomUUID() },
    body: JSON.stringify(document),
  };
}
