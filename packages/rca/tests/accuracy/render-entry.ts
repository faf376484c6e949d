import {
  awsCall,
  awsServiceFacts,
  closeApiGatewayStage,
  type OpenApiGatewayStage,
  openApiGatewayStage,
  openServiceSegment,
  recordedException,
} from '@org/testing';
import { defectException, type HandlerException } from './exceptions.js';
import { type Caller, effectOn, type RenderContext } from './render-context.js';
import { renderCall, renderFunction } from './render-function.js';
import type { ContainerNode, Entry } from './topology.js';

/** Renders one request of a shape, from its entry down. */
export function renderEntry(
  context: RenderContext,
  entry: Entry,
  startMs: number,
): void {
  switch (entry.kind) {
    case 'api-gateway':
      renderApiRequest(context, entry, startMs);
      break;
    case 'sqs':
    case 'eventbridge':
    case 'sns':
      renderProducedMessage(context, entry, startMs);
      break;
    case 'container':
      renderContainer(context, entry.service, startMs);
      break;
  }
}

function renderApiRequest(
  context: RenderContext,
  entry: Extract<Entry, { kind: 'api-gateway' }>,
  startMs: number,
): void {
  const { draft } = context;
  const request = openApiGatewayStage(draft, {
    apiName: entry.apiName,
    apiId: entry.apiId,
    stage: 'prod',
    method: entry.method,
    path: entry.path,
    functionName: entry.target.name,
    startMs,
  });
  if (effectOn(context, entry.target.name, 'throttle')) {
    refuseInvocation(context, request, startMs);

    return;
  }
  const invocation = renderFunction(
    context,
    entry.target,
    startMs + draft.random.integer(8, 20),
    {
      parentId: request.integration.id,
    },
  );
  const success = draft.random.chance(context.noise.notFound) ? 404 : 200;
  closeApiGatewayStage(draft, request, {
    endMs: invocation.endMs + draft.random.integer(3, 12),
    status: invocation.result === 'success' ? success : 502,
  });
}

/** Lambda refuses the invocation: the function's concurrency is used up. */
function refuseInvocation(
  context: RenderContext,
  request: OpenApiGatewayStage,
  startMs: number,
): void {
  const { draft } = context;
  const { code, message } = awsServiceFacts.Lambda.throttle;
  closeApiGatewayStage(draft, request, {
    endMs: startMs + draft.random.integer(15, 40),
    status: 500,
    integrationStatus: 429,
  });
  request.integration.cause = {
    exceptions: [
      recordedException(draft, { type: code, message, remote: true }),
    ],
  };
}

function renderProducedMessage(
  context: RenderContext,
  entry: Extract<Entry, { kind: 'sqs' | 'eventbridge' | 'sns' }>,
  startMs: number,
): void {
  const { draft } = context;
  const { producer } = entry;
  const segment = openServiceSegment(draft, {
    name: producer.name,
    origin: producer.origin,
    emitter: producer.emitter,
    startMs,
    method: 'POST',
    url: `http://${producer.name}.internal/orders`,
  });
  const sendStartMs = startMs + draft.random.latency(producer.ownMs);
  const sendMs = draft.random.latency(16);
  const send = awsCall(draft, segment, {
    emitter: producer.emitter,
    ...messageCall(entry),
    startMs: sendStartMs,
    durationMs: sendMs,
    outcome: { kind: 'success' },
  });
  draft.close(segment, sendStartMs + sendMs + draft.random.integer(1, 5));
  segment.http = { ...segment.http, response: { status: 202 } };
  const deliveryMs = draft.random.integer(5, entry.kind === 'sqs' ? 400 : 120);
  let attemptStartMs = sendStartMs + sendMs + deliveryMs;
  for (let receive = 1; receive <= maxReceives(entry); receive += 1) {
    const attempt = renderFunction(context, entry.target, attemptStartMs, {
      parentId: send.id,
      asynchronous: entry.kind !== 'sqs',
    });
    if (attempt.result === 'success') {
      return;
    }
    // A failed SQS batch comes back after the visibility timeout, in the
    // same trace (the message keeps its AWSTraceHeader).
    attemptStartMs = attempt.endMs + 30_000 + draft.random.integer(0, 900);
  }
}

function maxReceives(
  entry: Extract<Entry, { kind: 'sqs' | 'eventbridge' | 'sns' }>,
): number {
  return entry.kind === 'sqs' ? 3 : 1;
}

function messageCall(
  entry: Extract<Entry, { kind: 'sqs' | 'eventbridge' | 'sns' }>,
) {
  switch (entry.kind) {
    case 'sqs':
      return {
        service: 'SQS',
        operation: 'SendMessage',
        resource: entry.queueUrl,
      } as const;
    case 'eventbridge':
      return {
        service: 'EventBridge',
        operation: 'PutEvents',
        resource: entry.bus,
      } as const;
    case 'sns':
      return {
        service: 'SNS',
        operation: 'Publish',
        resource: entry.topicArn,
      } as const;
  }
}

function renderContainer(
  context: RenderContext,
  service: ContainerNode,
  startMs: number,
): void {
  const { draft } = context;
  const { random } = draft;
  const segment = openServiceSegment(draft, {
    name: service.name,
    origin: service.origin,
    emitter: service.emitter,
    startMs,
    method: 'GET',
    url: `http://${service.name}.internal/v1/items/${random.integer(1, 9999)}`,
  });
  const caller: Caller = {
    emitter: service.emitter,
    inLambda: false,
    clientTimeoutMs: service.clientTimeoutMs,
  };
  const defect = effectOn(context, service.name, 'error');
  const defectAt = defect ? random.integer(0, service.calls.length - 1) : -1;
  let cursorMs = startMs + random.latency(service.ownMs / 2);
  let failure: HandlerException | undefined;
  for (const [index, call] of service.calls.entries()) {
    if (index === defectAt) {
      failure = defectException(service.emitter);
      break;
    }
    const outcome = renderCall(context, segment, call, cursorMs, caller);
    cursorMs = outcome.endMs + random.integer(0, 2);
    failure = outcome.failure;
    if (failure) {
      break;
    }
  }
  const endMs = cursorMs + random.latency(service.ownMs / 2);
  draft.close(segment, endMs);
  const status = failure
    ? 500
    : random.chance(context.noise.notFound)
      ? 404
      : 200;
  segment.http = {
    ...segment.http,
    response: { status, content_length: random.integer(60, 4000) },
  };
  if (status === 404) {
    segment.error = true;
  }
  if (failure) {
    segment.fault = true;
    segment.cause = { exceptions: [recordedException(draft, { ...failure })] };
  }
}
