import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  CreateEventBusCommand,
  EventBridgeClient,
} from '@aws-sdk/client-eventbridge';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { LocalCloud } from '@org/local-cloud';
import { LocalStackUnavailableError } from '../errors.js';
import type { ScenarioFaults } from '../scenario/scenario-schema.js';
import type {
  OrderPipelineTarget,
  PipelineResources,
} from './order-pipeline-target.js';
import { createSdkTarget, type SdkClientSettings } from './sdk-target.js';

/** The names the local stack creates, those of the deployed stack. */
export const LOCAL_RESOURCE_NAMES = {
  tableName: 'orders',
  eventBusName: 'orders',
  deadLetterQueueName: 'orders-dead-letter',
} as const;

const DUMMY_CREDENTIALS = {
  accessKeyId: 'local',
  secretAccessKey: 'local',
} as const;

/**
 * Starts the local cloud on a free loopback port, creates the orders
 * table, the bus and the dead-letter queue through the SDK, applies the
 * scenario's faults and returns the SDK target pointed at it. Stopping
 * the target stops the cloud.
 *
 * @example
 * const target = await startLocalTarget(scenario.faults);
 */
export async function startLocalTarget(
  faults: ScenarioFaults,
): Promise<OrderPipelineTarget> {
  let cloud: LocalCloud;
  try {
    const { startLocalCloud } = await import('@org/local-cloud');
    cloud = await startLocalCloud({ port: 0 });
  } catch (cause) {
    throw new LocalStackUnavailableError({ cause });
  }
  try {
    const clients: SdkClientSettings = {
      region: cloud.region,
      endpoint: cloud.endpoint,
      credentials: DUMMY_CREDENTIALS,
    };
    const resources = await createPipelineResources(clients, faults);
    applyFaults(cloud, faults);

    return createSdkTarget({ resources, clients, onClose: () => cloud.stop() });
  } catch (cause) {
    await cloud.stop();
    throw new LocalStackUnavailableError({ cause });
  }
}

/**
 * Creates the orders table (provisioned at the scenario's throughput,
 * else on demand), the bus and the dead-letter queue.
 *
 * @example
 * const resources = await createPipelineResources(clients, {});
 */
export async function createPipelineResources(
  clients: SdkClientSettings,
  faults: ScenarioFaults,
): Promise<PipelineResources> {
  const dynamodb = new DynamoDBClient(clients);
  const events = new EventBridgeClient(clients);
  const sqs = new SQSClient(clients);
  try {
    const throughput = faults.tableThroughput;
    await dynamodb.send(
      new CreateTableCommand({
        TableName: LOCAL_RESOURCE_NAMES.tableName,
        AttributeDefinitions: [
          { AttributeName: 'orderId', AttributeType: 'S' },
        ],
        KeySchema: [{ AttributeName: 'orderId', KeyType: 'HASH' }],
        ...(throughput
          ? {
              BillingMode: 'PROVISIONED',
              ProvisionedThroughput: {
                ReadCapacityUnits: throughput.read,
                WriteCapacityUnits: throughput.write,
              },
            }
          : { BillingMode: 'PAY_PER_REQUEST' }),
      }),
    );
    await events.send(
      new CreateEventBusCommand({ Name: LOCAL_RESOURCE_NAMES.eventBusName }),
    );
    const queue = await sqs.send(
      new CreateQueueCommand({
        QueueName: LOCAL_RESOURCE_NAMES.deadLetterQueueName,
      }),
    );

    return {
      tableName: LOCAL_RESOURCE_NAMES.tableName,
      eventBusName: LOCAL_RESOURCE_NAMES.eventBusName,
      deadLetterQueueUrl: queue.QueueUrl as string,
    };
  } finally {
    for (const client of [dynamodb, events, sqs]) client.destroy();
  }
}

function applyFaults(cloud: LocalCloud, faults: ScenarioFaults): void {
  if (faults.paymentProvider) {
    cloud.faults.setPaymentProvider(faults.paymentProvider);
  }
  for (const [service, milliseconds] of Object.entries(
    faults.serviceLatencyMs ?? {},
  )) {
    cloud.faults.setServiceLatency(service, milliseconds);
  }
}
