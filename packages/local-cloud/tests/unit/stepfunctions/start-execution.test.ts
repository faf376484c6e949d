import { beforeAll, describe, expect, it } from 'vitest';
import { AwsApiError } from '../../../src/errors.js';
import {
  type InvokeFunction,
  LocalStepFunctions,
} from '../../../src/stepfunctions/index.js';

const definition = {
  StartAt: 'Work',
  States: {
    Work: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'work', 'Payload.$': '$' },
      OutputPath: '$.Payload',
      End: true,
    },
  },
};

let releaseHeld: () => void = () => {};
const held = new Promise<void>((resolve) => {
  releaseHeld = resolve;
});

// Inputs with `hold: true` wait for releaseHeld(); the rest answer at once.
const work: InvokeFunction = async (_name, payload) => {
  if ((payload as { hold?: boolean }).hold) await held;

  return { StatusCode: 200, Payload: { done: true } };
};

const finishedStatuses: string[] = [];
let stepFunctions: LocalStepFunctions;
let stateMachineArn: string;

beforeAll(() => {
  stepFunctions = new LocalStepFunctions({
    invokeFunction: work,
    onExecutionDone: (execution) =>
      finishedStatuses.push(`${execution.name}:${execution.status}`),
  });
  ({ stateMachineArn } = stepFunctions.createStateMachine({
    name: 'idempotent',
    definition,
  }));
});

function apiCode(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof AwsApiError ? error.code : 'not an API error';
  }
  return undefined;
}

describe('StartExecution', () => {
  it('answers the running execution for the same name and input, and refuses other input', async () => {
    const input = '{"hold":true,"orderId":"1"}';
    const first = stepFunctions.startExecution({
      stateMachineArn,
      name: 'order-1',
      input,
    });
    const second = stepFunctions.startExecution({
      stateMachineArn,
      name: 'order-1',
      input,
    });
    const conflict = apiCode(() =>
      stepFunctions.startExecution({
        stateMachineArn,
        name: 'order-1',
        input: '{"hold":true,"orderId":"2"}',
      }),
    );
    releaseHeld();
    const finished = await stepFunctions.waitForExecution(first.executionArn);

    expect(second).toBe(first);
    expect(conflict).toBe('ExecutionAlreadyExists');
    expect(
      stepFunctions.executions({ stateMachineArn }).map(({ name }) => name),
    ).toEqual(['order-1']);
    expect(finished.status).toBe('SUCCEEDED');
    expect(JSON.parse(finished.output ?? 'null')).toEqual({ done: true });
    expect(finishedStatuses).toEqual(['order-1:SUCCEEDED']);
  });

  it('refuses a name reused after the execution stopped, as standard workflows do', async () => {
    const first = stepFunctions.startExecution({
      stateMachineArn,
      name: 'order-3',
    });
    await stepFunctions.waitForExecution(first.executionArn);

    expect(
      apiCode(() =>
        stepFunctions.startExecution({ stateMachineArn, name: 'order-3' }),
      ),
    ).toBe('ExecutionAlreadyExists');
  });

  it('refuses input that is not JSON with InvalidExecutionInput', () => {
    expect(
      apiCode(() =>
        stepFunctions.startExecution({ stateMachineArn, input: '{oops' }),
      ),
    ).toBe('InvalidExecutionInput');
  });

  it('refuses an unknown state machine with StateMachineDoesNotExist', () => {
    expect(
      apiCode(() =>
        stepFunctions.startExecution({
          stateMachineArn: `${stateMachineArn}-x`,
        }),
      ),
    ).toBe('StateMachineDoesNotExist');
  });
});
