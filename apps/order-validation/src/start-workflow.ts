import { type SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { OrderCreated, WorkflowInput } from '@org/domain';
import { canonicalJson } from './canonical-json.js';

/**
 * What starting the order's workflow gave: an execution started (or the
 * running one with the same name and input, which Step Functions returns
 * as if started), or one that already existed.
 *
 * @example
 * if (start.kind === 'already-started') return;
 */
export type WorkflowStart =
  | { kind: 'started'; executionArn: string }
  | { kind: 'already-started' };

/**
 * Starts the order's workflow, named after the order, with `{ order }` as
 * input (canonical JSON, so a retry sends byte-identical input). Being
 * named after the order makes the start idempotent: an existing execution
 * answers `already-started` instead of failing.
 *
 * @example
 * const start = await startWorkflow(stepFunctions, stateMachineArn, order);
 */
export async function startWorkflow(
  stepFunctions: SFNClient,
  stateMachineArn: string,
  order: OrderCreated,
): Promise<WorkflowStart> {
  const input: WorkflowInput<OrderCreated> = { order };

  try {
    const response = await stepFunctions.send(
      new StartExecutionCommand({
        stateMachineArn,
        name: order.orderId,
        input: canonicalJson(input),
      }),
    );
    return { kind: 'started', executionArn: response.executionArn ?? '' };
  } catch (error) {
    if (error instanceof Error && error.name === 'ExecutionAlreadyExists') {
      return { kind: 'already-started' };
    }
    throw error;
  }
}
