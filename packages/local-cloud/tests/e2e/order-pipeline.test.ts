import {
  BatchGetTracesCommand,
  GetTraceSummariesCommand,
  XRayClient,
} from '@aws-sdk/client-xray';
import { sampleOrder } from '@org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../../src/index.js';
import {
  clientsFor,
  sendOrder,
  startOrderStack,
  waitForTerminal,
} from './order-stack.js';

interface SegmentNode {
  name: string;
  origin?: string;
  namespace?: string;
  aws?: { operation?: string };
  subsegments?: SegmentNode[];
}

function flatten(nodes: SegmentNode[]): SegmentNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.subsegments ?? [])]);
}

function operations(nodes: SegmentNode[]): string[] {
  return nodes
    .filter((node) => node.aws?.operation !== undefined)
    .map((node) => `${node.name}.${node.aws?.operation}`);
}

let running: RunningStack;

beforeAll(async () => {
  running = await startOrderStack();
}, 60_000);

afterAll(async () => {
  await running?.cloud.stop();
});

describe('the order stack deployed from its synthesized template', {
  timeout: 30_000,
}, () => {
  it('creates the table, bus, queue, functions, workflow and rule', () => {
    const { stack } = running;

    expect(stack.tables).toContain('orders');
    expect(stack.eventBuses).toEqual(['orders']);
    expect(stack.functions.map((fn) => fn.name)).toEqual(
      expect.arrayContaining([
        'order-validation',
        'payment-processing',
        'fulfillment',
      ]),
    );
    expect(stack.stateMachines.map((machine) => machine.name)).toEqual([
      'order-workflow',
    ]);
    expect(stack.outputs.DeadLetterQueueUrl).toBe(stack.queues[0]?.url);
    expect(
      stack.functions.find((fn) => fn.name === 'payment-processing')
        ?.environment.PAYMENT_PROVIDER_URL,
    ).toBe(running.cloud.paymentProvider.url);
  });

  it('takes an OrderCreated event to FULFILLED in one trace across every service', async () => {
    const order = sampleOrder({ orderId: 'e2e-fulfil-1' });
    const traceId = await sendOrder(running, order);

    expect(await waitForTerminal(running, order.orderId)).toBe('FULFILLED');
    await running.cloud.stepFunctions.idle();
    await running.cloud.xray.daemon.settled();

    const xray = new XRayClient(clientsFor(running).connection);
    const summaries = await xray.send(
      new GetTraceSummariesCommand({
        StartTime: new Date(Date.now() - 120_000),
        EndTime: new Date(Date.now() + 5_000),
      }),
    );
    expect(summaries.TraceSummaries?.map((summary) => summary.Id)).toContain(
      traceId,
    );
    const batch = await xray.send(
      new BatchGetTracesCommand({ TraceIds: [traceId] }),
    );
    const segments = (batch.Traces?.[0]?.Segments ?? []).map(
      (segment) => JSON.parse(segment.Document ?? '{}') as SegmentNode,
    );
    const nodes = flatten(segments);
    const origins = new Set(segments.map((segment) => segment.origin));
    const functions = new Set(
      segments
        .filter((segment) => segment.origin === 'AWS::Lambda::Function')
        .map((segment) => segment.name),
    );
    const dynamoCalls = nodes
      .filter((node) => node.name === 'DynamoDB')
      .map((node) => node.aws?.operation);

    expect(functions).toEqual(
      new Set(['order-validation', 'payment-processing', 'fulfillment']),
    );
    expect(origins).toContain('AWS::StepFunctions::StateMachine');
    expect(dynamoCalls).toEqual(
      expect.arrayContaining(['PutItem', 'UpdateItem']),
    );
    // order-validation starts the workflow; fulfillment emits OrderFulfilled.
    expect(operations(nodes)).toEqual(
      expect.arrayContaining(['SFN.StartExecution', 'EventBridge.PutEvents']),
    );
  });
});
