import type { ExecutionRecord, StateMachineRecord } from './execution-model.js';

/**
 * The context object (`$$`) of an execution: `Execution` (Id, Name,
 * Input, StartTime, RoleArn), `StateMachine` (Id, Name) and `State`
 * whose `Name` is the state last seen and whose `EnteredTime` is read
 * when a path asks for it, which is when the state evaluates its
 * parameters.
 *
 * @example
 * const context = contextObject(machine, execution, () => currentState);
 */
export function contextObject(
  machine: StateMachineRecord,
  execution: ExecutionRecord,
  currentState: () => string | undefined,
): Record<string, unknown> {
  const state = {};
  Object.defineProperties(state, {
    Name: { enumerable: true, get: () => currentState() ?? '' },
    EnteredTime: { enumerable: true, get: () => new Date().toISOString() },
    RetryCount: { enumerable: true, value: 0 },
  });

  return {
    Execution: {
      Id: execution.executionArn,
      Name: execution.name,
      RoleArn: machine.roleArn,
      StartTime: execution.startDate.toISOString(),
    },
    StateMachine: { Id: machine.stateMachineArn, Name: machine.name },
    State: state,
    Task: {},
  };
}
