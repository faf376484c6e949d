import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { StartExecutionCommand } from '@aws-sdk/client-sfn';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateOrder } from '../../src/validate-order.js';
import { mockedDependencies } from './support/clients.js';
import { hostileEvent } from './support/hostile-events.js';

const RUNS = 10_000;
const PERSONAL_DATA = [
  'ada.lovelace@example.com',
  'ada@example.com',
  '4111 1111 1111 1111',
  '4111111111111111',
  '5500-0000-0000-0004',
  '378282246310005',
  '6011111111111117',
  '12 Analytical Way',
  '221B Baker Street',
];

describe('validateOrder under malformed and hostile events', () => {
  it(`rejects ${RUNS} generated bad events without writing, starting or leaking anything`, async () => {
    const { dependencies, dynamoMock, stepFunctionsMock, eventBridgeMock } =
      mockedDependencies();
    let rejectedCount = 0;

    await fc.assert(
      fc.asyncProperty(hostileEvent, async (event) => {
        const outcome = await validateOrder(event, dependencies);

        expect(outcome).toMatchObject({ statusCode: 400, status: 'REJECTED' });
        const answer = JSON.stringify(outcome);
        for (const secret of PERSONAL_DATA) {
          expect(answer).not.toContain(secret);
        }
        rejectedCount += 1;
      }),
      { numRuns: RUNS },
    );

    expect(rejectedCount).toBe(RUNS);
    expect(dynamoMock.commandCalls(PutCommand)).toHaveLength(0);
    expect(dynamoMock.commandCalls(UpdateCommand)).toHaveLength(0);
    expect(stepFunctionsMock.commandCalls(StartExecutionCommand)).toHaveLength(
      0,
    );
    const details = eventBridgeMock
      .commandCalls(PutEventsCommand)
      .map((call) => call.args[0].input.Entries?.[0]?.Detail ?? '');
    expect(details).toHaveLength(RUNS);
    const published = details.join('\n');
    for (const secret of PERSONAL_DATA) {
      expect(published).not.toContain(secret);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 90_000);
});
