import { flagsForStatus } from './call-outcome.js';
import type { SegmentDocument } from './segment-document.js';
import type { TraceDraft } from './trace-draft.js';

/** Options of {@link openApiGatewayStage}. */
export interface ApiGatewayStageOptions {
  apiName: string;
  apiId: string;
  stage: string;
  method: string;
  path: string;
  functionName: string;
  startMs: number;
  region?: string;
}

/** A REST API request in flight: the stage and its Lambda integration. */
export interface OpenApiGatewayStage {
  stage: SegmentDocument;
  /** The `Lambda` integration subsegment; the function's parent. */
  integration: SegmentDocument;
}

/**
 * Opens the `AWS::ApiGateway::Stage` segment API Gateway records for a
 * REST API request, named `api/stage`, with its `Lambda` integration
 * subsegment (operation `Invoke`).
 *
 * @example
 * const request = openApiGatewayStage(draft, {
 *   apiName: 'orders-api', apiId: 'a1b2c3d4e5', stage: 'prod',
 *   method: 'POST', path: '/orders', functionName: 'create-order', startMs,
 * });
 */
export function openApiGatewayStage(
  draft: TraceDraft,
  options: ApiGatewayStageOptions,
): OpenApiGatewayStage {
  const region = options.region ?? 'eu-west-1';
  const stage = draft.segment({
    name: `${options.apiName}/${options.stage}`,
    origin: 'AWS::ApiGateway::Stage',
    startMs: options.startMs,
    resource_arn: `arn:aws:apigateway:${region}::/restapis/${options.apiId}/stages/${options.stage}`,
    http: {
      request: {
        url: `https://${options.apiId}.execute-api.${region}.amazonaws.com/${options.stage}${options.path}`,
        method: options.method,
        user_agent: 'Mozilla/5.0',
        client_ip: `203.0.113.${draft.random.integer(1, 254)}`,
        x_forwarded_for: true,
      },
    },
    annotations: { aws_api_id: options.apiId },
  });
  const integration = draft.subsegment(stage, {
    name: 'Lambda',
    namespace: 'aws',
    startMs: options.startMs + draft.random.integer(2, 9),
    aws: {
      function_name: options.functionName,
      region,
      operation: 'Invoke',
      resource_names: [options.functionName],
    },
  });

  return { stage, integration };
}

/**
 * Closes the stage with the status API Gateway answered: 502 when the
 * function failed, 504 when the integration timed out, 500 when Lambda
 * refused the invocation, else the function's status. The integration
 * subsegment gets `integrationStatus` (default 504 for a 504, else 200:
 * Lambda answers 200 even when the function failed). Flags follow the
 * statuses.
 *
 * @example
 * closeApiGatewayStage(draft, request, { endMs, status: 502 });
 * closeApiGatewayStage(draft, request, {
 *   endMs, status: 500, integrationStatus: 429,
 * });
 */
export function closeApiGatewayStage(
  draft: TraceDraft,
  request: OpenApiGatewayStage,
  ending: { endMs: number; status: number; integrationStatus?: number },
): void {
  const integrationStatus =
    ending.integrationStatus ?? (ending.status === 504 ? 504 : 200);
  draft.close(request.integration, ending.endMs - draft.random.integer(1, 3));
  request.integration.http = { response: { status: integrationStatus } };
  Object.assign(request.integration, flagsForStatus(integrationStatus));
  draft.close(request.stage, ending.endMs);
  request.stage.http = {
    ...request.stage.http,
    response: {
      status: ending.status,
      content_length: draft.random.integer(20, 900),
    },
  };
  Object.assign(request.stage, flagsForStatus(ending.status));
}
