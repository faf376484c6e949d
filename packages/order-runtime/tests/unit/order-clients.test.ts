import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it, vi } from 'vitest';
import { createdOnce, createOrderClients } from '../../src/order-clients.js';

describe('createOrderClients', () => {
  it('creates a DynamoDB document client and an EventBridge client', () => {
    vi.stubEnv('TRACING_ENABLED', 'false');
    vi.stubEnv('AWS_REGION', 'us-east-1');

    const clients = createOrderClients();

    expect(clients.dynamo).toBeInstanceOf(DynamoDBDocumentClient);
    expect(clients.eventBridge).toBeInstanceOf(EventBridgeClient);
    vi.unstubAllEnvs();
  });
});

describe('createdOnce', () => {
  it('creates the clients once and keeps them for later invocations', () => {
    vi.stubEnv('TRACING_ENABLED', 'false');
    vi.stubEnv('AWS_REGION', 'us-east-1');
    const create = vi.fn(createOrderClients);
    const awsClients = createdOnce(create);

    const first = awsClients();
    const second = awsClients();

    expect(second).toBe(first);
    expect(second.dynamo).toBe(first.dynamo);
    expect(create).toHaveBeenCalledTimes(1);
    vi.unstubAllEnvs();
  });
});
