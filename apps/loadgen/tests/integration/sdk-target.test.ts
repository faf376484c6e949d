import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { type LocalCloud, startLocalCloud } from '@org/local-cloud';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrders } from '../../src/orders/generate-orders.js';
import { runScenario } from '../../src/run/run-scenario.js';
import { parseScenario } from '../../src/scenario/load-scenario.js';
import { observeRejections } from '../../src/target/observe-rejections.js';
import type {
  OrderPipelineTarget,
  PipelineResources,
} from '../../src/target/order-pipeline-target.js';
import { createSdkTarget } from '../../src/target/sdk-target.js';
import {
  createBareResources,
  localClients,
  observeOrderCreated,
  sdkClients,
} from './local-pipeline.js';

let cloud: LocalCloud;
let clients: ReturnType<typeof sdkClients>;
let resources: PipelineResources;
let target: OrderPipelineTarget;
let observedQueueUrl: string;

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0 });
  const settings = localClients(cloud);
  clients = sdkClients(settings);
  resources = await createBareResources(clients);
  observedQueueUrl = await observeOrderCreated(clients, resources.eventBusName);
  target = createSdkTarget({ resources, clients: settings });
});

afterAll(async () => {
  await target?.close();
  clients?.destroy();
  await cloud?.stop();
});

async function receiveAll(queueUrl: string) {
  const answer = await clients.sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: queueUrl,
      MaxNumberOfMessages: 10,
      MessageSystemAttributeNames: ['AWSTraceHeader'],
    }),
  );

  return answer.Messages ?? [];
}

function storeOrder(item: Record<string, unknown>) {
  return clients.documents.send(
    new PutCommand({ TableName: resources.tableName, Item: item }),
  );
}

function deadLetter(orderId: string) {
  return clients.sqs.send(
    new SendMessageCommand({
      QueueUrl: resources.deadLetterQueueUrl,
      MessageBody: JSON.stringify({
        source: 'com.ecommerce.orders',
        'detail-type': 'OrderCreated',
        detail: { orderId },
      }),
    }),
  );
}

describe('SDK target on a bare local cloud', () => {
  it('puts OrderCreated events on the bus with their trace headers', async () => {
    const events = generateOrders({ orders: 3, seed: 4, runId: 'arrive' });

    const result = await target.send(events);
    await cloud.events.idle();
    const messages = await receiveAll(observedQueueUrl);

    expect(result.accepted).toBe(3);
    expect(messages).toHaveLength(3);
    for (const message of messages) {
      const event = JSON.parse(message.Body ?? '{}');
      const sent = events.find(
        (order) => order.orderId === event.detail.orderId,
      );
      expect(event['detail-type']).toBe('OrderCreated');
      expect(event.detail).toEqual(sent?.detail);
      expect(message.Attributes?.AWSTraceHeader).toBe(sent?.traceHeader);
    }
  });

  it('reads outcomes from the orders table and the dead-letter queue', async () => {
    const updatedAt = new Date().toISOString();
    await storeOrder({ orderId: 'read-0', status: 'FULFILLED', updatedAt });
    await storeOrder({
      orderId: 'read-1',
      status: 'FAILED',
      updatedAt,
      failureReason: 'PaymentFailed: provider answered 503',
    });
    await storeOrder({ orderId: 'read-2', status: 'PAID', updatedAt });
    await deadLetter('read-3');

    const outcomes = await target.outcomes([
      'read-0',
      'read-1',
      'read-2',
      'read-3',
      'read-4',
    ]);

    expect(outcomes.get('read-0')).toMatchObject({
      kind: 'terminal',
      status: 'FULFILLED',
    });
    expect(outcomes.get('read-1')).toMatchObject({
      kind: 'terminal',
      status: 'FAILED',
      failureReason: 'PaymentFailed: provider answered 503',
    });
    expect(outcomes.get('read-2')).toMatchObject({
      kind: 'in-flight',
      status: 'PAID',
    });
    expect(outcomes.get('read-3')?.kind).toBe('dead-letter');
    expect(outcomes.get('read-4')?.kind).toBe('unknown');
  });

  it('reports exactly the orders that ended nowhere as lost', async () => {
    const scenario = parseScenario(
      JSON.stringify({
        name: 'reconcile',
        description: 'three settled orders and one lost',
        orders: 4,
        concurrency: 2,
        timeouts: { settleSeconds: 0.5, pollIntervalMs: 100 },
      }),
      'reconcile.json',
    );
    const later = new Date(Date.now() + 200).toISOString();
    await storeOrder({
      orderId: 'run-0',
      status: 'FULFILLED',
      updatedAt: later,
    });
    await storeOrder({
      orderId: 'run-1',
      status: 'REJECTED',
      updatedAt: later,
    });
    await deadLetter('run-2');

    const summary = await runScenario({ scenario, target, runId: 'run' });

    expect(summary).toMatchObject({
      sent: 4,
      lost: 1,
      lostOrderIds: ['run-3'],
      outcomes: { FULFILLED: 1, REJECTED: 1, deadLetter: 1, unknown: 1 },
    });
    expect(summary.latencyMs.p50).not.toBeNull();
  });

  it('counts an order as REJECTED when the bus carries its OrderRejected event', async () => {
    const rejectionQueueUrl = await observeRejections(
      clients,
      resources.eventBusName,
    );
    const observing = createSdkTarget({
      resources: { ...resources, rejectionQueueUrl },
      clients: localClients(cloud),
    });
    await clients.events.send(
      new PutEventsCommand({
        Entries: [
          {
            EventBusName: resources.eventBusName,
            Source: 'com.ecommerce.orders',
            DetailType: 'OrderRejected',
            Detail: JSON.stringify({
              orderId: 'reject-0',
              problems: [{ path: 'currency', message: 'unknown' }],
            }),
          },
        ],
      }),
    );
    await cloud.events.idle();

    const first = await observing.outcomes(['reject-0', 'reject-1']);
    const again = await observing.outcomes(['reject-0']);
    await observing.close();

    expect(first.get('reject-0')).toMatchObject({
      kind: 'terminal',
      status: 'REJECTED',
    });
    expect(first.get('reject-1')?.kind).toBe('unknown');
    // The queue is drained; the target keeps what it has read.
    expect(again.get('reject-0')?.kind).toBe('terminal');
  });
});
