import {
  awsCall,
  closeLambdaTaskState,
  openLambdaTaskState,
  openStateMachineExecution,
  type SegmentDocument,
} from '@org/testing';
import {
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
import { renderFunction } from './render-function.js';
import type { CallNode, StateMachineNode } from './topology.js';

/** Renders a Lambda invoke: the callee's segments, or a refusal. */
export function renderInvoke(
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

/** Renders a StartExecution call and the execution it starts. */
export function renderStartExecution(
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
