import type { SegmentDocument } from './segment-document.js';
import type { TraceDraft } from './trace-draft.js';

/** Options of {@link openStateMachineExecution}. */
export interface StateMachineExecutionOptions {
  stateMachineName: string;
  executionName: string;
  startMs: number;
  /** Id of the `StartExecution` subsegment of the caller. */
  parentId?: string;
  region?: string;
}

/**
 * Opens the `AWS::StepFunctions::StateMachine` segment that Step
 * Functions records for a traced execution.
 *
 * @example
 * const execution = openStateMachineExecution(draft, {
 *   stateMachineName: 'order-workflow', executionName: 'ord-1', startMs,
 * });
 */
export function openStateMachineExecution(
  draft: TraceDraft,
  options: StateMachineExecutionOptions,
): SegmentDocument {
  const region = options.region ?? 'eu-west-1';
  const arn = `arn:aws:states:${region}:123456789012:stateMachine:${options.stateMachineName}`;

  return draft.segment({
    name: options.stateMachineName,
    origin: 'AWS::StepFunctions::StateMachine',
    startMs: options.startMs,
    parent_id: options.parentId,
    resource_arn: arn,
    aws: {
      execution_arn: `arn:aws:states:${region}:123456789012:execution:${options.stateMachineName}:${options.executionName}`,
    },
  });
}

/**
 * Adds a task state of an execution with its `Lambda` invoke
 * subsegment, the parent of the function's `AWS::Lambda` segment.
 *
 * @example
 * const { state, invoke } = openLambdaTaskState(draft, execution, {
 *   stateName: 'ChargePayment', functionName: 'payment', startMs,
 * });
 */
export function openLambdaTaskState(
  draft: TraceDraft,
  execution: SegmentDocument,
  options: { stateName: string; functionName: string; startMs: number },
): { state: SegmentDocument; invoke: SegmentDocument } {
  const state = draft.subsegment(execution, {
    name: options.stateName,
    startMs: options.startMs,
  });
  const invoke = draft.subsegment(state, {
    name: 'Lambda',
    namespace: 'aws',
    startMs: options.startMs + draft.random.integer(5, 20),
    aws: {
      operation: 'Invoke',
      function_name: options.functionName,
      resource_names: [options.functionName],
    },
  });

  return { state, invoke };
}

/**
 * Closes a task state; a failed task is an `error` on the state and
 * its invoke (Step Functions reports `Lambda.Unknown`).
 *
 * @example
 * closeLambdaTaskState(draft, task, { endMs, failed: true });
 */
export function closeLambdaTaskState(
  draft: TraceDraft,
  task: { state: SegmentDocument; invoke: SegmentDocument },
  ending: { endMs: number; failed: boolean },
): void {
  draft.close(task.invoke, ending.endMs - draft.random.integer(1, 5));
  task.invoke.http = { response: { status: 200 } };
  draft.close(task.state, ending.endMs);
  if (ending.failed) {
    task.state.error = true;
    task.state.cause = {
      exceptions: [
        { id: draft.newId(), type: 'Lambda.Unknown', message: 'Unhandled' },
      ],
    };
  }
}
