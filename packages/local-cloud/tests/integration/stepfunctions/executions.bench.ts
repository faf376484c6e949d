import { StateMachine } from 'aws-local-stepfunctions';
import { bench, describe } from 'vitest';
import {
  ensurePromiseWithResolvers,
  type InvokeFunction,
  LocalStepFunctions,
} from '../../../src/stepfunctions/index.js';
import { createSegmentStore, storeSink } from '../../../src/xray/index.js';

const BENCH_OPTIONS = { time: 1000, warmupTime: 200 };
const EXECUTIONS = 20;

// Two Lambda tasks, the second failing once with a retryable error, then a
// Pass: the shape of the order workflow's happy path with one retry.
const definition = {
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'charge', 'Payload.$': '$' },
      ResultPath: '$.payment',
      Next: 'Fulfil',
    },
    Fulfil: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'fulfil', 'Payload.$': '$' },
      Retry: [{ ErrorEquals: ['Busy'], IntervalSeconds: 1, MaxAttempts: 2 }],
      ResultPath: null,
      Next: 'Done',
    },
    Done: { Type: 'Pass', End: true },
  },
};

function failingOnceEach(): (orderId: string) => boolean {
  const seen = new Set<string>();
  return (orderId) => {
    if (seen.has(orderId)) return false;
    seen.add(orderId);
    return true;
  };
}

ensurePromiseWithResolvers();
let round = 0;

describe(`${EXECUTIONS} executions of a two-Lambda workflow with one retry`, () => {
  const bare = new StateMachine(definition as never, {
    validationOptions: { checkArn: false },
  });
  bench(
    'reference: aws-local-stepfunctions with plain local handlers',
    async () => {
      const firstFailure = failingOnceEach();
      const runs = Array.from({ length: EXECUTIONS }, (_, index) => {
        const orderId = `bare-${index}`;
        return bare.run(
          { orderId },
          {
            overrides: {
              taskResourceLocalHandlers: {
                Charge: async () => ({ Payload: { paymentId: orderId } }),
                Fulfil: async () => {
                  if (firstFailure(orderId)) {
                    throw Object.assign(new Error('busy'), { name: 'Busy' });
                  }
                  return { Payload: {} };
                },
              },
              retryIntervalOverrides: { Fulfil: 1 },
            },
          },
        ).result;
      });
      await Promise.all(runs);
    },
    BENCH_OPTIONS,
  );

  const store = createSegmentStore({ maxTraces: 100_000 });
  const firstFailure = failingOnceEach();
  const invokeFunction: InvokeFunction = async (name, payload) => {
    const { orderId } = payload as { orderId: string };
    if (name === 'fulfil' && firstFailure(orderId)) {
      return {
        StatusCode: 200,
        FunctionError: 'Unhandled',
        Payload: { errorType: 'Busy', errorMessage: 'busy' },
      };
    }
    return { StatusCode: 200, Payload: { paymentId: orderId } };
  };
  const stepFunctions = new LocalStepFunctions({
    invokeFunction,
    sink: storeSink(store),
  });
  const { stateMachineArn } = stepFunctions.createStateMachine({
    name: 'bench',
    definition,
  });
  bench(
    'LocalStepFunctions: error naming, scaled retry, history and X-Ray segment',
    async () => {
      round += 1;
      const runs = Array.from({ length: EXECUTIONS }, (_, index) => {
        const name = `r${round}-${index}`;
        const execution = stepFunctions.startExecution({
          stateMachineArn,
          name,
          input: JSON.stringify({ orderId: name }),
        });
        return stepFunctions.waitForExecution(execution.executionArn);
      });
      await Promise.all(runs);
    },
    BENCH_OPTIONS,
  );
});
