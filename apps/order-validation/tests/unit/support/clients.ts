import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  EventBridgeClient,
  PutEventsCommand,
} from '@aws-sdk/client-eventbridge';
import { SFNClient } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCAL_CLIENT_CONFIG, recordingLogger } from '@org/testing/lambda';
import { type AwsClientStub, mockClient } from 'aws-sdk-client-mock';
import type { ValidationDependencies } from '../../../src/validate-order.js';

// A closed loopback port: if a mock ever let a call through, it would fail
// locally instead of reaching AWS.
const local = LOCAL_CLIENT_CONFIG;

/** Mocked clients and the dependencies of validateOrder built on them. */
export function mockedDependencies() {
  const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient(local));
  const stepFunctions = new SFNClient(local);
  const eventBridge = new EventBridgeClient(local);
  const dynamoMock = mockClient(DynamoDBDocumentClient);
  const stepFunctionsMock = mockClient(SFNClient);
  const eventBridgeMock = mockClient(EventBridgeClient);
  eventBridgeMock.on(PutEventsCommand).resolves({ FailedEntryCount: 0 });
  const logger = recordingLogger();
  const dependencies: ValidationDependencies = {
    dynamo,
    stepFunctions,
    eventBridge,
    logger,
    config: {
      ordersTableName: 'orders',
      stateMachineArn:
        'arn:aws:states:us-east-1:000000000000:stateMachine:orders',
      eventBusName: 'orders-bus',
    },
    now: () => new Date('2026-01-01T00:00:00.000Z'),
  };

  return {
    dependencies,
    dynamoMock,
    stepFunctionsMock,
    eventBridgeMock,
    logger,
  };
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
      bus: entry.EventBusName,
      detail: JSON.parse(entry.Detail ?? '{}'),
    }));
}
