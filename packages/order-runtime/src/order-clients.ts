import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { captureAwsClient } from '@org/tracing';

/**
 * The traced AWS clients every order function uses: the orders table and
 * the event bus.
 *
 * @example
 * const { dynamo, eventBridge }: OrderClients = createOrderClients();
 */
export interface OrderClients {
  dynamo: DynamoDBDocumentClient;
  eventBridge: EventBridgeClient;
}

/**
 * Creates the traced DynamoDB document client and EventBridge client.
 * Region, endpoint and credentials come from the environment as the SDK
 * reads it (`AWS_REGION`, `AWS_ENDPOINT_URL`, …).
 *
 * @example
 * const { dynamo } = createOrderClients();
 */
export function createOrderClients(): OrderClients {
  return {
    dynamo: DynamoDBDocumentClient.from(
      captureAwsClient(new DynamoDBClient({})),
    ),
    eventBridge: captureAwsClient(new EventBridgeClient({})),
  };
}

/**
 * Wraps a factory so that it runs on first use only and every later call
 * gets the same value: clients live as long as the execution environment.
 *
 * @example
 * export const awsClients = createdOnce(createOrderClients);
 */
export function createdOnce<Value>(create: () => Value): () => Value {
  let value: { created: Value } | undefined;

  return () => {
    value ??= { created: create() };
    return value.created;
  };
}
