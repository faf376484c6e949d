import {
  awsCall,
  type BuiltTrace,
  closeApiGatewayStage,
  closeLambdaInvocation,
  type Emitter,
  httpCall,
  openApiGatewayStage,
  openLambdaInvocation,
  type SeededRandom,
  TraceDraft,
} from '../../src/index.js';

/**
 * API Gateway -> Lambda -> DynamoDB + HTTP, throttled on DynamoDB when
 * `throttled`, timing out on a hung HTTP call when `hung`.
 */
export function apiToLambdaTrace(
  random: SeededRandom,
  options: { emitter: Emitter; throttled?: boolean; hung?: boolean },
): BuiltTrace {
  const startMs = Date.UTC(2026, 11, 1, 12, 0, 0);
  const draft = new TraceDraft(random, startMs);
  const request = openApiGatewayStage(draft, {
    apiName: 'orders-api',
    apiId: 'a1b2c3d4e5',
    stage: 'prod',
    method: 'POST',
    path: '/orders',
    functionName: 'create-order',
    startMs,
  });
  const invocation = openLambdaInvocation(draft, {
    functionName: 'create-order',
    emitter: options.emitter,
    startMs: startMs + 10,
    parentId: request.integration.id,
    coldStart: { initializationMs: 300 },
  });
  const callStart = invocation.handlerStartMs + 2;
  awsCall(draft, invocation.functionSegment, {
    emitter: options.emitter,
    service: 'DynamoDB',
    operation: 'PutItem',
    resource: 'orders',
    startMs: callStart,
    durationMs: options.throttled ? 900 : 12,
    retries: options.throttled ? 9 : 0,
    sentAlone: true,
    outcome: options.throttled
      ? {
          kind: 'answered-error',
          status: 400,
          code: 'ProvisionedThroughputExceededException',
          message: 'Rate of requests exceeds the allowed throughput.',
        }
      : { kind: 'success' },
  });
  httpCall(draft, invocation.functionSegment, {
    url: 'https://api.payments.example/v1/charges',
    method: 'POST',
    startMs: callStart + 950,
    durationMs: 200,
    sentAlone: true,
    outcome: options.hung
      ? { kind: 'unfinished', sent: true }
      : { kind: 'success' },
  });
  const endMs = closeLambdaInvocation(draft, invocation, {
    handlerEndMs: callStart + 1200,
    result: options.hung
      ? { kind: 'timeout', timeoutSeconds: 6 }
      : { kind: 'success' },
  });
  closeApiGatewayStage(draft, request, {
    endMs: endMs + 3,
    status: options.hung ? 502 : 201,
  });

  return draft.build();
}
