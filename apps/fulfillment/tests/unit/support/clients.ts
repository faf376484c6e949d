import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  EventBridgeClient,
  PutEventsCommand,
} from '@aws-sdk/client-eventbridge';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCAL_CLIENT_CONFIG, recordingLogger } from '@org/testing/lambda';
import { type AwsClientStub, mockClient } from 'aws-sdk-client-mock';
import type { FulfillmentDependencies } from '../../../src/fulfil-order.js';

// A closed loopback port: if a mock ever let a call through, it would fail
// locally instead of reaching AWS.
const local = LOCAL_CLIENT_CONFIG;

/** Mocked clients and the dependencies of fulfilOrder built on them. */
export function mockedDependencies() {
  const dynamoMock = mockClient(DynamoDBDocumentClient);
  const eventBridgeMock = mockClient(EventBridgeClient);
  eventBridgeMock.on(PutEventsCommand).resolves({ FailedEntryCount: 0 });
  const logger = recordingLogger();
  const dependencies: FulfillmentDependencies = {
    dynamo: DynamoDBDocumentClient.from(new DynamoDBClient(local)),
    eventBridge: new EventBridgeClient(local),
    logger,
    config: { ordersTableName: 'orders', eventBusName: 'orders-bus' },
    now: () => new Date('2026-01-02T03:04:05.000Z'),
  };

  return { dependencies, dynamoMock, eventBridgeMock, logger };
}

/** The detail-types and details of every PutEvents entry sent. */
export function publishedEvents(
  eventBridgeMock: AwsClientStub<EventBridgeClient>,
) {
  return eventBridgeMock
    .commandCalls(PutEventsCommand)
    .flatMap((call) => call.args[0].input.Entries ?? [])
    .map((entry) => ({
      detailType: entry.DetailType,
      source: entry.Source,
      detail: JSON.parse(entry.Detail ?? '{}'),
    }));
}
