import {
  EventBridgeClient,
  PutEventsCommand,
} from '@aws-sdk/client-eventbridge';
import { EVENT_SOURCE } from '@org/domain';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { EventPublishError } from '../../src/errors.js';
import { publishEvent } from '../../src/publish-event.js';

const eventBridge = new EventBridgeClient({ region: 'us-east-1' });
const eventBridgeMock = mockClient(eventBridge);
const target = { eventBridge, eventBusName: 'orders-bus' };
const fulfilledAt = '2026-12-03T18:00:00.000Z';

describe('publishEvent', () => {
  beforeEach(() => {
    eventBridgeMock.reset();
  });

  it('sends the checked detail with the pipeline source to the bus', async () => {
    eventBridgeMock
      .on(PutEventsCommand)
      .resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e-1' }] });

    await publishEvent(target, 'OrderFulfilled', {
      orderId: 'ord-1',
      fulfilledAt,
      unknownField: 'dropped',
    } as never);

    const [entry] =
      eventBridgeMock.commandCalls(PutEventsCommand)[0]?.args[0].input
        .Entries ?? [];
    expect(entry).toMatchObject({
      Source: EVENT_SOURCE,
      DetailType: 'OrderFulfilled',
      EventBusName: 'orders-bus',
    });
    expect(JSON.parse(entry?.Detail ?? '{}')).toEqual({
      orderId: 'ord-1',
      fulfilledAt,
    });
  });

  it('refuses a detail the domain schema rejects without calling the bus', async () => {
    await expect(
      publishEvent(target, 'OrderFulfilled', {} as never),
    ).rejects.toThrow(/orderId/);
    expect(eventBridgeMock.commandCalls(PutEventsCommand)).toHaveLength(0);
  });

  it('throws EventPublishError naming the code of a refused entry', async () => {
    eventBridgeMock.on(PutEventsCommand).resolves({
      FailedEntryCount: 1,
      Entries: [{ ErrorCode: 'ThrottlingException' }],
    });

    const publishing = publishEvent(target, 'OrderFulfilled', {
      orderId: 'ord-1',
      fulfilledAt,
    });

    await expect(publishing).rejects.toThrow(EventPublishError);
    await expect(publishing).rejects.toThrow(
      /OrderFulfilled for order ord-1 failed: ThrottlingException/,
    );
  });

  it('wraps a failed call with the error name and keeps it as cause', async () => {
    const failure = Object.assign(new Error('rate exceeded'), {
      name: 'InternalFailure',
    });
    eventBridgeMock.on(PutEventsCommand).rejects(failure);

    const error = await publishEvent(target, 'OrderFulfilled', {
      orderId: 'ord-2',
      fulfilledAt,
    }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(EventPublishError);
    expect((error as Error).message).toContain('failed: InternalFailure');
    expect((error as Error).cause).toBe(failure);
  });
});
