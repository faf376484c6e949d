import { describe, expect, it } from 'vitest';
import { AwsApiError } from '../../../src/errors.js';
import {
  type LambdaInvokeResult,
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

function heldFunction() {
  let release: (result: LambdaInvokeResult) => void = () => {};
  const held = new Promise<LambdaInvokeResult>((resolve) => {
    release = resolve;
  });
  return {
    invokeFunction: () => held,
    release: (result: LambdaInvokeResult) => release(result),
  };
}

function apiCode(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof AwsApiError ? error.code : 'not an API error';
  }
  return undefined;
}

describe('StartExecution', () => {
  it('answers the running execution for the same name and input', async () => {
    const work = heldFunction();
    const stepFunctions = new LocalStepFunctions({
      invokeFunction: work.invokeFunction,
    });
    const { stateMachineArn } = stepFunctions.createStateMachine({
      name: 'idempotent',
      definition,
    });

    const first = stepFunctions.startExecution({
      stateMachineArn,
      name: 'order-1',
      input: '{"orderId":"1"}',
    });
    const second = stepFunctions.startExecution({
      stateMachineArn,
      name: 'order-1',
      input: '{"orderId":"1"}',
    });
    work.release({ StatusCode: 200, Payload: { done: true } });
    const finished = await stepFunctions.waitForExecution(first.executionArn);

    expect(second).toBe(first);
    expect(stepFunctions.executions({ stateMachineArn })).toHaveLength(1);
    expect(finished.status).toBe('SUCCEEDED');
    expect(JSON.parse(finished.output ?? 'null')).toEqual({ done: true });
  });

  it('refuses the same name with other input with ExecutionAlreadyExists', async () => {
    const work = heldFunction();
    const stepFunctions = new LocalStepFunctions({
      invokeFunction: work.invokeFunction,
    });
    const { stateMachineArn } = stepFunctions.createStateMachine({
      name: 'conflict',
      definition,
    });
    stepFunctions.startExecution({
      stateMachineArn,
      name: 'order-2',
      input: '{"a":1}',
    });

    const code = apiCode(() =>
      stepFunctions.startExecution({
        stateMachineArn,
        name: 'order-2',
        input: '{"a":2}',
      }),
    );
    work.release({ StatusCode: 200, Payload: {} });
    await stepFunctions.idle();

    expect(code).toBe('ExecutionAlreadyExists');
  });

  it('refuses a name reused after the execution stopped, as standard workflows do', async () => {
    const stepFunctions = new LocalStepFunctions({
      invokeFunction: async () => ({ StatusCode: 200, Payload: {} }),
    });
    const { stateMachineArn } = stepFunctions.createStateMachine({
      name: 'closed',
      definition,
    });
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
    const stepFunctions = new LocalStepFunctions();
    const { stateMachineArn } = stepFunctions.createStateMachine({
      name: 'input-check',
      definition,
    });

    expect(
      apiCode(() =>
        stepFunctions.startExecution({ stateMachineArn, input: '{oops' }),
      ),
    ).toBe('InvalidExecutionInput');
  });
});
