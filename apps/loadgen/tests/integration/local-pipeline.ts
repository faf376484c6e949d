import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  CreateEventBusCommand,
  EventBridgeClient,
  PutRuleCommand,
  PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LocalCloud } from '@org/local-cloud';
import type { PipelineResources } from '../../src/target/order-pipeline-target.js';
import type { SdkClientSettings } from '../../src/target/sdk-target.js';

/** SDK settings for a local cloud with dummy credentials. */
export function localClients(cloud: LocalCloud): SdkClientSettings {
  return {
    region: cloud.region,
    endpoint: cloud.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  };
}

/** The SDK clients an integration test drives the local cloud with. */
export function sdkClients(settings: SdkClientSettings) {
  const dynamodb = new DynamoDBClient(settings);

  return {
    dynamodb,
    documents: DynamoDBDocumentClient.from(dynamodb),
    events: new EventBridgeClient(settings),
    sqs: new SQSClient(settings),
    destroy(): void {
      for (const client of [dynamodb, this.events, this.sqs]) client.destroy();
    },
  };
}

/**
 * Creates a queue and a rule on `bus` that copies every OrderCreated event
 * into it, standing in for order-validation; returns the queue URL.
 */
export async function observeOrderCreated(
  clients: ReturnType<typeof sdkClients>,
  bus: string,
): Promise<string> {
  const queue = await clients.sqs.send(
    new CreateQueueCommand({ QueueName: 'observed-orders' }),
  );
  const attributes = await clients.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queue.QueueUrl,
      AttributeNames: ['QueueArn'],
    }),
  );
  await clients.events.send(
    new PutRuleCommand({
      Name: 'observe-order-created',
      EventBusName: bus,
      EventPattern: JSON.stringify({
        source: ['com.ecommerce.orders'],
        'detail-type': ['OrderCreated'],
      }),
    }),
  );
  await clients.events.send(
    new PutTargetsCommand({
      Rule: 'observe-order-created',
      EventBusName: bus,
      Targets: [{ Id: 'queue', Arn: attributes.Attributes?.QueueArn }],
    }),
  );

  return queue.QueueUrl as string;
}

/**
 * Creates an on-demand `orders` table, an `orders` bus and a dead-letter
 * queue on a bare local cloud, so that the SDK target can be checked
 * without the functions of the stack.
 */
export async function createBareResources(
  clients: ReturnType<typeof sdkClients>,
): Promise<PipelineResources> {
  await clients.dynamodb.send(
    new CreateTableCommand({
      TableName: 'orders',
      AttributeDefinitions: [{ AttributeName: 'orderId', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'orderId', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  await clients.events.send(new CreateEventBusCommand({ Name: 'orders' }));
  const queue = await clients.sqs.send(
    new CreateQueueCommand({ QueueName: 'orders-dead-letter' }),
  );

  return {
    tableName: 'orders',
    eventBusName: 'orders',
    deadLetterQueueUrl: queue.QueueUrl as string,
  };
}
