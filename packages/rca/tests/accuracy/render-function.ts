import {
  closeLambdaInvocation,
  type InvocationResult,
  openLambdaInvocation,
  recordedException,
  type SegmentDocument,
} from '@org/testing';
import { defectException } from './exceptions.js';
import { renderLeafCall } from './render-call.js';
import {
  type Caller,
  type CallResult,
  effectOn,
  type RenderContext,
} from './render-context.js';
import { renderInvoke, renderStartExecution } from './render-invocations.js';
import type { CallNode, FunctionNode } from './topology.js';

/** How a rendered invocation ended. */
export interface InvocationEnd {
  endMs: number;
  result: InvocationResult['kind'];
  serviceSegment: SegmentDocument;
}

/**
 * Renders one invocation of a function: Lambda's segments, the handler
 * subsegment (Node.js functions wrap their handler as Powertools does),
 * each call in turn until one fails, and the defect or cold start
 * injected on the function itself.
 */
export function renderFunction(
  context: RenderContext,
  node: FunctionNode,
  startMs: number,
  link: { parentId?: string; asynchronous?: boolean },
): InvocationEnd {
  const { draft } = context;
  const { random } = draft;
  const open = openLambdaInvocation(draft, {
    functionName: node.name,
    emitter: node.emitter,
    startMs,
    parentId: link.parentId,
    coldStart: coldStartOf(context, node),
    asynchronous: link.asynchronous
      ? { dwellMs: random.integer(8, 60) }
      : undefined,
  });
  const wrapsHandler = node.emitter === 'node';
  const handler = wrapsHandler
    ? draft.subsegment(
        open.functionSegment,
        {
          name: '## index.handler',
          startMs: open.handlerStartMs + 1,
          annotations: {
            ColdStart:
              open.functionSegment.subsegments?.[0]?.name === 'Initialization',
            Service: node.name,
          },
        },
        { sentAlone: true },
      )
    : open.functionSegment;
  const deadlineMs = open.handlerStartMs + node.timeoutSeconds * 1000;
  const run = runHandler(context, node, handler, open.handlerStartMs + 2);
  const timedOut = run.hang === true || run.endMs > deadlineMs;
  const result: InvocationResult = timedOut
    ? { kind: 'timeout', timeoutSeconds: node.timeoutSeconds }
    : run.failure
      ? { kind: 'error', ...run.failure }
      : { kind: 'success' };
  if (wrapsHandler) {
    closeHandler(context, open.functionSegment, handler, run, result);
  }
  const endMs = closeLambdaInvocation(draft, open, {
    handlerEndMs: run.endMs + 1,
    result,
  });

  return { endMs, result: result.kind, serviceSegment: open.serviceSegment };
}

function coldStartOf(
  context: RenderContext,
  node: FunctionNode,
): { initializationMs: number } | undefined {
  const { random } = context.draft;
  const injected = effectOn(context, node.name, 'cold-start');
  if (injected) {
    const factor = injected.injection.factor ?? 10;

    return {
      initializationMs: random.latency(node.initializationMs, 0.15) * factor,
    };
  }
  if (!random.chance(context.noise.coldStarts)) {
    return undefined;
  }

  return { initializationMs: random.latency(node.initializationMs, 0.2) };
}

function runHandler(
  context: RenderContext,
  node: FunctionNode,
  parent: SegmentDocument,
  startMs: number,
): CallResult {
  const { random } = context.draft;
  const caller: Caller = {
    emitter: node.emitter,
    inLambda: true,
    clientTimeoutMs: 0,
  };
  const stuck = effectOn(context, node.name, 'timeout');
  const defect = effectOn(context, node.name, 'error');
  const defectAt = defect
    ? random.integer(0, Math.min(1, node.calls.length))
    : -1;
  const ownMs = node.ownMs * context.noise.slowdown;
  let cursorMs = startMs + random.latency(ownMs / 2);
  for (const [index, call] of node.calls.entries()) {
    if (index === defectAt) {
      return {
        endMs: cursorMs + 1,
        failure: defectException(node.emitter, defect?.injection.outOfMemory),
        killed: defect?.injection.outOfMemory,
      };
    }
    if (stuck && index === 1) {
      // The handler's own code spins (a retry loop, a lock) until Lambda
      // ends it: no call is outstanding.
      return { endMs: cursorMs, hang: true };
    }
    const times = call.kind === 'aws' ? (call.repeat ?? 1) : 1;
    for (let time = 0; time < times; time += 1) {
      const outcome = renderCall(context, parent, call, cursorMs, caller);
      cursorMs = outcome.endMs + random.integer(1, 3);
      if (outcome.failure || outcome.hang) {
        return { ...outcome, endMs: cursorMs };
      }
    }
  }
  if (defect) {
    return {
      endMs: cursorMs + 1,
      failure: defectException(node.emitter, defect?.injection.outOfMemory),
      killed: defect?.injection.outOfMemory,
    };
  }
  if (stuck) {
    return { endMs: cursorMs, hang: true };
  }

  return { endMs: cursorMs + random.latency(ownMs / 2) };
}

function closeHandler(
  context: RenderContext,
  functionSegment: SegmentDocument,
  handler: SegmentDocument,
  run: CallResult,
  result: InvocationResult,
): void {
  const { draft } = context;
  if (result.kind === 'timeout' || run.killed) {
    draft.drop(functionSegment, handler);

    return;
  }
  draft.close(handler, run.endMs);
  if (run.failure) {
    handler.fault = true;
    handler.cause = {
      working_directory: '/var/task',
      exceptions: [recordedException(draft, { ...run.failure })],
    };
  }
}

/** Renders any call, leaf or nested (a sync invoke, a state machine). */
export function renderCall(
  context: RenderContext,
  parent: SegmentDocument,
  call: CallNode,
  startMs: number,
  caller: Caller,
): CallResult {
  if (call.kind === 'invoke') {
    return renderInvoke(context, parent, call, startMs, caller);
  }
  if (call.kind === 'start-execution') {
    return renderStartExecution(context, parent, call, startMs, caller);
  }

  return renderLeafCall(context, parent, call, startMs, caller);
}
