import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import {
  EventBridgeClient,
  PutEventsCommand,
} from '@aws-sdk/client-eventbridge';
import type { OrderCreated } from '@org/domain';
import {
  newTraceId,
  type RunningStack,
  type StartStackOptions,
  startStack,
} from '../../src/index.js';

/** The cdk.out of apps/infra, which turbo synthesizes before these tests. */
export const CDK_OUT = fileURLToPath(
  new URL('../../../../apps/infra/cdk.out', import.meta.url),
);

/**
 * Starts a local cloud on free ports with the synthesized order stack.
 * Fails, rather than skips, when the stack was not synthesized.
 */
export async function startOrderStack(
  options: Partial<StartStackOptions> = {},
): Promise<RunningStack> {
  if (!existsSync(`${CDK_OUT}/ServerlessOrderStack.template.json`)) {
    throw new Error(
      `${CDK_OUT} holds no synthesized stack; run pnpm --filter @org/infra synth (turbo runs it before these tests).`,
    );
  }

  return startStack({ port: 0, cdkOut: CDK_OUT, ...options });
}

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/** AWS SDK clients bound to a running stack. */
export function clientsFor({ cloud }: RunningStack) {
  const connection = {
    endpoint: cloud.endpoint,
    region: cloud.region,
    credentials,
  };

  return {
    connection,
    events: new EventBridgeClient(connection),
    dynamodb: new DynamoDBClient(connection),
  };
}

/** Puts one OrderCreated event with a fresh trace header; returns the trace id. */
export async function sendOrder(
  running: RunningStack,
  order: OrderCreated,
): Promise<string> {
  const traceId = newTraceId();
  const answer = await clientsFor(running).events.send(
    new PutEventsCommand({
      Entries: [
        {
          EventBusName: running.stack.outputs.EventBusName,
          Source: 'com.ecommerce.orders',
          DetailType: 'OrderCreated',
          Detail: JSON.stringify(order),
          TraceHeader: `Root=${traceId};Sampled=1`,
        },
      ],
    }),
  );
  if (answer.FailedEntryCount !== 0) {
    throw new Error(`PutEvents failed: ${JSON.stringify(answer.Entries)}`);
  }

  return traceId;
}

/** The stored status of an order, or undefined before it is written. */
export async function orderStatus(
  running: RunningStack,
  orderId: string,
): Promise<string | undefined> {
  const answer = await clientsFor(running).dynamodb.send(
    new GetItemCommand({
      TableName: running.stack.outputs.OrdersTableName,
      Key: { orderId: { S: orderId } },
      ConsistentRead: true,
    }),
  );

  return answer.Item?.status?.S;
}

const TERMINAL = new Set(['FULFILLED', 'FAILED', 'REJECTED']);

/** Polls until the order reaches a terminal status or `timeoutMs` passes. */
export async function waitForTerminal(
  running: RunningStack,
  orderId: string,
  timeoutMs = 20_000,
): Promise<string | undefined> {
  const deadline = Date.now() + timeoutMs;
  let status: string | undefined;
  while (Date.now() < deadline) {
    status = await orderStatus(running, orderId);
    if (status !== undefined && TERMINAL.has(status)) return status;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  return status;
}
