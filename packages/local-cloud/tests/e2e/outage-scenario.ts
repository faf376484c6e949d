import { ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { BatchGetTracesCommand, XRayClient } from '@aws-sdk/client-xray';
import { sampleOrder } from '@org/testing';
import type { RunningStack } from '../../src/index.js';
import { clientsFor, sendOrder } from './order-stack.js';

/** Where an order of a scenario ended. */
export type OrderEnd = 'FULFILLED' | 'FAILED' | 'REJECTED' | 'dead-lettered';

/** The orders a scenario sent, with the trace id of each. */
export interface SentOrders {
  orderIds: string[];
  traceIds: string[];
}

/** A page of BatchGetTraces, as the X-Ray API answers it. */
export interface TracePage {
  Traces: { Id?: string; Duration?: number; Segments?: unknown[] }[];
  UnprocessedTraceIds: string[];
}

const TERMINAL = new Set(['FULFILLED', 'FAILED', 'REJECTED']);

/** Sends `count` OrderCreated events at once, ids `${prefix}-0`, `${prefix}-1`, … */
export async function sendOrders(
  running: RunningStack,
  prefix: string,
  count: number,
): Promise<SentOrders> {
  const orderIds = Array.from({ length: count }, (_, index) => {
    return `${prefix}-${index}`;
  });
  const traceIds = await Promise.all(
    orderIds.map((orderId) => sendOrder(running, sampleOrder({ orderId }))),
  );

  return { orderIds, traceIds };
}

/** Polls `check` every 100 ms until it answers true or `timeoutMs` passes. */
export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return check();
}

/**
 * Waits until every order is FULFILLED, FAILED or REJECTED in the orders
 * table, or its event sits in the dead-letter queue (read with SQS
 * ReceiveMessage), and gives where each ended; orders still open after
 * `timeoutMs` are left out.
 */
export async function settleOrders(
  running: RunningStack,
  orderIds: readonly string[],
  timeoutMs: number,
): Promise<Map<string, OrderEnd>> {
  const ends = new Map<string, OrderEnd>();
  const deadLettered = new Set<string>();
  await waitUntil(async () => {
    for (const orderId of await receiveDeadLetters(running)) {
      deadLettered.add(orderId);
    }
    for (const orderId of orderIds) {
      if (ends.has(orderId)) continue;
      const status = await storedStatus(running, orderId);
      if (status !== undefined && TERMINAL.has(status)) {
        ends.set(orderId, status as OrderEnd);
      } else if (deadLettered.has(orderId)) {
        ends.set(orderId, 'dead-lettered');
      }
    }
    return ends.size === orderIds.length;
  }, timeoutMs);

  return ends;
}

/** The order ids of the events in the dead-letter queue, read once. */
async function receiveDeadLetters(running: RunningStack): Promise<string[]> {
  const queueUrl = running.stack.outputs.DeadLetterQueueUrl;
  if (queueUrl === undefined) return [];
  const sqs = new SQSClient(clientsFor(running).connection);
  try {
    const answer = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 600,
      }),
    );
    return (answer.Messages ?? []).map((message) => {
      const event = JSON.parse(message.Body ?? '{}') as {
        detail?: { orderId?: string };
      };
      return event.detail?.orderId ?? '';
    });
  } finally {
    sqs.destroy();
  }
}

/** The order's status read from the store directly, so that no read is throttled. */
async function storedStatus(
  running: RunningStack,
  orderId: string,
): Promise<string | undefined> {
  const answer = (await running.cloud.dynamodb.request('GetItem', {
    TableName: running.stack.outputs.OrdersTableName,
    Key: { orderId: { S: orderId } },
    ConsistentRead: true,
  })) as { Item?: { status?: { S?: string } } };

  return answer.Item?.status?.S;
}

/**
 * Reads traces back through the X-Ray API (BatchGetTraces, five ids a
 * call) once every segment sent so far is stored, as one page.
 */
export async function readTracesBack(
  running: RunningStack,
  traceIds: readonly string[],
): Promise<TracePage> {
  await running.cloud.xray.daemon.settled();
  const xray = new XRayClient(clientsFor(running).connection);
  const page: TracePage = { Traces: [], UnprocessedTraceIds: [] };
  try {
    for (let start = 0; start < traceIds.length; start += 5) {
      const answer = await xray.send(
        new BatchGetTracesCommand({
          TraceIds: traceIds.slice(start, start + 5),
        }),
      );
      page.Traces.push(...(answer.Traces ?? []));
      page.UnprocessedTraceIds.push(...(answer.UnprocessedTraceIds ?? []));
    }
  } finally {
    xray.destroy();
  }

  return page;
}
