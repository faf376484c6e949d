import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { captureAwsClient } from '@org/tracing';

/**
 * The traced AWS clients of fulfillment.
 *
 * @example
 * const { dynamo, eventBridge }: AwsClients = awsClients();
 */
export interface AwsClients {
  dynamo: DynamoDBDocumentClient;
  eventBridge: EventBridgeClient;
}

let clients: AwsClients | undefined;

/**
 * The AWS clients, created on first use and kept for the life of the
 * execution environment. Region, endpoint and credentials come from the
 * environment as the SDK reads it (`AWS_REGION`, `AWS_ENDPOINT_URL`, …).
 *
 * @example
 * const { dynamo } = awsClients();
 */
export function awsClients(): AwsClients {
  clients ??= {
    dynamo: DynamoDBDocumentClient.from(
      captureAwsClient(new DynamoDBClient({})),
    ),
    eventBridge: captureAwsClient(new EventBridgeClient({})),
  };

  return clients;
}
