import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalCloud, startLocalCloud } from '../../../src/index.js';
import {
  deployStateMachines,
  type InvokeFunction,
  type LocalStepFunctions,
  type StateMachineRecord,
} from '../../../src/stepfunctions/index.js';
import { attachStepFunctions } from './step-functions-clients.js';

const TEMPLATE = fileURLToPath(
  new URL(
    '../../../../../apps/infra/cdk.out/ServerlessOrderStack.template.json',
    import.meta.url,
  ),
);
// turbo synthesizes apps/infra before these tests; without it they fail.
if (!existsSync(TEMPLATE)) {
  throw new Error(
    `${TEMPLATE} is missing; run pnpm --filter @org/infra synth first.`,
  );
}

let cloud: LocalCloud;
let stepFunctions: LocalStepFunctions;
let workflow: StateMachineRecord;
const invoked: string[] = [];

// The order's amount says how the in-test functions behave: 13 makes the
// payment provider unavailable on every attempt, anything else succeeds.
const functions: InvokeFunction = async (name, payload) => {
  invoked.push(name);
  const { order } = payload as { order: { orderId: string; amount: number } };
  if (name === 'payment-processing' && order.amount === 13) {
    return {
      StatusCode: 200,
      FunctionError: 'Unhandled',
      Payload: {
        errorType: 'PaymentProviderUnavailable',
        errorMessage: 'the provider answered 503',
      },
    };
  }
  const answer =
    name === 'payment-processing' ? { paymentId: `pay-${order.orderId}` } : {};

  return { StatusCode: 200, Payload: answer };
};

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0 });
  ({ stepFunctions } = attachStepFunctions(cloud, functions));
  await cloud.dynamodb.request('CreateTable', {
    TableName: 'orders',
    AttributeDefinitions: [{ AttributeName: 'orderId', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'orderId', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
  });
  cloud.events.buses.createEventBus('orders');
  const template = JSON.parse(readFileSync(TEMPLATE, 'utf8'));
  [workflow] = deployStateMachines(stepFunctions, template) as [
    StateMachineRecord,
  ];
});

afterAll(async () => {
  await cloud?.stop();
});

async function runOrder(orderId: string, amount: number) {
  const execution = stepFunctions.startExecution({
    stateMachineArn: workflow.stateMachineArn,
    name: orderId,
    input: JSON.stringify({ order: { orderId, amount } }),
  });

  return stepFunctions.waitForExecution(execution.executionArn);
}

describe('the synthesized order workflow', () => {
  it('deploys under its StateMachineName with resolved function ARNs', () => {
    const charge = (workflow.definition.States as Record<string, unknown>)
      .ChargePayment as { Parameters: { FunctionName: string } };

    expect(workflow.name).toBe('order-workflow');
    expect(charge.Parameters.FunctionName).toBe(
      'arn:aws:lambda:us-east-1:000000000000:function:payment-processing',
    );
  });

  it('charges and fulfils an order', async () => {
    invoked.length = 0;
    const execution = await runOrder('synth-ok', 40);

    expect(execution.status).toBe('SUCCEEDED');
    expect(invoked).toEqual(['payment-processing', 'fulfillment']);
    expect(JSON.parse(execution.output ?? '{}').payment).toEqual({
      paymentId: 'pay-synth-ok',
    });
  });

  it('retries the charge, then marks the order FAILED with the reason', async () => {
    invoked.length = 0;
    await cloud.dynamodb.request('PutItem', {
      TableName: 'orders',
      Item: { orderId: { S: 'synth-down' }, status: { S: 'PLACED' } },
    });
    const execution = await runOrder('synth-down', 13);
    const stored = (await cloud.dynamodb.request('GetItem', {
      TableName: 'orders',
      Key: { orderId: { S: 'synth-down' } },
    })) as { Item?: Record<string, { S?: string }> };

    expect(execution.status).toBe('FAILED');
    expect(execution.error).toBe('OrderFailed');
    // One attempt and MaxAttempts 3 retries of PaymentProviderUnavailable.
    expect(invoked).toEqual(Array(4).fill('payment-processing'));
    expect(stored.Item?.status?.S).toBe('FAILED');
    expect(stored.Item?.failureReason?.S).toMatch(
      /^PaymentProviderUnavailable: /,
    );
    expect(
      execution.history.some(
        (event) =>
          event.type === 'StateExited' && event.stateName === 'EmitOrderFailed',
      ),
    ).toBe(true);
  });
});
