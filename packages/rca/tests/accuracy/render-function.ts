import {
  awsCall,
  closeLambdaInvocation,
  closeLambdaTaskState,
  type InvocationResult,
  openLambdaInvocation,
  openLambdaTaskState,
  openStateMachineExecution,
  recordedException,
  type SegmentDocument,
} from '@org/testing';
import {
  defectException,
  downstreamFunctionException,
  type HandlerException,
} from './exceptions.js';
import { renderLeafCall } from './render-call.js';
import {
  type Caller,
  type CallResult,
  effectOn,
  type RenderContext,
} from './render-context.js';
import type { CallNode, FunctionNode, StateMachineNode } from './topology.js';

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
  let cursorMs = startMs + random.latency(node.ownMs / 2);
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

  return { endMs: cursorMs + random.latency(node.ownMs / 2) };
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

function renderInvoke(
  context: RenderContext,
  parent: SegmentDocument,
  call: Extract<CallNode, { kind: 'invoke' }>,
  startMs: number,
  caller: Caller,
): CallResult {
  const { draft } = context;
  const throttled = effectOn(context, call.id, 'throttle');
  if (throttled) {
    return renderLeafCall(
      context,
      parent,
      {
        kind: 'aws',
        id: call.id,
        service: 'Lambda',
        operation: 'Invoke',
        resource: call.target.name,
        medianMs: 25,
      },
      startMs,
      caller,
    );
  }
  if (call.asynchronous) {
    return renderAsynchronousInvoke(context, parent, call, startMs, caller);
  }
  const callee = renderFunction(
    context,
    call.target,
    startMs + draft.random.integer(3, 9),
    {},
  );
  const endMs = callee.endMs + draft.random.integer(2, 6);
  const invoke = awsCall(draft, parent, {
    emitter: caller.emitter,
    service: 'Lambda',
    operation: 'Invoke',
    resource: call.target.name,
    startMs,
    durationMs: endMs - startMs,
    outcome: { kind: 'success' },
    sentAlone: caller.inLambda,
  });
  callee.serviceSegment.parent_id = invoke.id;
  if (callee.result === 'success') {
    return { endMs };
  }
  const failure: HandlerException = downstreamFunctionException(
    caller.emitter,
    call.target.name,
  );

  return { endMs, failure };
}

function renderAsynchronousInvoke(
  context: RenderContext,
  parent: SegmentDocument,
  call: Extract<CallNode, { kind: 'invoke' }>,
  startMs: number,
  caller: Caller,
): CallResult {
  const { draft } = context;
  const durationMs = draft.random.latency(22);
  const invoke = awsCall(draft, parent, {
    emitter: caller.emitter,
    service: 'Lambda',
    operation: 'Invoke',
    resource: call.target.name,
    startMs,
    durationMs,
    outcome: { kind: 'success', status: 202 },
    sentAlone: caller.inLambda,
  });
  renderFunction(context, call.target, startMs + durationMs + 5, {
    parentId: invoke.id,
    asynchronous: true,
  });

  return { endMs: startMs + durationMs };
}

function renderStartExecution(
  context: RenderContext,
  parent: SegmentDocument,
  call: Extract<CallNode, { kind: 'start-execution' }>,
  startMs: number,
  caller: Caller,
): CallResult {
  const { draft } = context;
  const durationMs = draft.random.latency(35);
  const start = awsCall(draft, parent, {
    emitter: caller.emitter,
    service: 'StepFunctions',
    operation: 'StartExecution',
    resource: `arn:aws:states:eu-west-1:123456789012:stateMachine:${call.machine.name}`,
    startMs,
    durationMs,
    outcome: { kind: 'success' },
    sentAlone: caller.inLambda,
  });
  runExecution(context, call.machine, startMs + durationMs + 15, start.id);

  return { endMs: startMs + durationMs };
}

function runExecution(
  context: RenderContext,
  machine: StateMachineNode,
  startMs: number,
  parentId: string,
): void {
  const { draft } = context;
  const execution = openStateMachineExecution(draft, {
    stateMachineName: machine.name,
    executionName: draft.random.hex(12),
    startMs,
    parentId,
  });
  let cursorMs = startMs + draft.random.integer(10, 40);
  let failed = false;
  for (const state of machine.states) {
    const task = openLambdaTaskState(draft, execution, {
      stateName: state.name,
      functionName: state.target.name,
      startMs: cursorMs,
    });
    const end = renderFunction(context, state.target, cursorMs + 25, {
      parentId: task.invoke.id,
    });
    failed = end.result !== 'success';
    closeLambdaTaskState(draft, task, { endMs: end.endMs + 8, failed });
    cursorMs = end.endMs + draft.random.integer(15, 50);
    if (failed) {
      break;
    }
  }
  draft.close(execution, cursorMs);
  if (failed) {
    execution.error = true;
  }
}
