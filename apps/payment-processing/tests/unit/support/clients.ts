import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  EventBridgeClient,
  PutEventsCommand,
} from '@aws-sdk/client-eventbridge';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCAL_CLIENT_CONFIG, recordingLogger } from '@org/testing/lambda';
import { type AwsClientStub, mockClient } from 'aws-sdk-client-mock';
import type { PaymentDependencies } from '../../../src/process-payment.js';

// A closed loopback port: if a mock ever let a call through, it would fail
// locally instead of reaching AWS.
const local = LOCAL_CLIENT_CONFIG;

/** Mocked clients and the dependencies of processPayment built on them. */
export function mockedDependencies(paymentProviderUrl: string) {
  const dynamoMock = mockClient(DynamoDBDocumentClient);
  const eventBridgeMock = mockClient(EventBridgeClient);
  eventBridgeMock.on(PutEventsCommand).resolves({ FailedEntryCount: 0 });
  const logger = recordingLogger();
  const dependencies: PaymentDependencies = {
    dynamo: DynamoDBDocumentClient.from(new DynamoDBClient(local)),
    eventBridge: new EventBridgeClient(local),
    logger,
    config: {
      ordersTableName: 'orders',
      eventBusName: 'orders-bus',
      paymentProviderUrl,
    },
    remainingTimeMs: () => 3_000,
    now: () => new Date('2026-01-01T00:00:00.000Z'),
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
      detail: JSON.parse(entry.Detail ?? '{}'),
    }));
}
