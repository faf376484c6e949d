import { describe, expect, it } from 'vitest';
import { targetInput } from '../../src/events/target-input.js';
import type { EventEnvelope } from '../../src/index.js';

const event: EventEnvelope = {
  version: '0',
  id: 'e-1',
  'detail-type': 'OrderCreated',
  source: 'shop',
  account: '000000000000',
  time: '2026-12-03T17:00:00Z',
  region: 'us-east-1',
  resources: [],
  detail: { orderId: 'o-1', amount: 25 },
};
const arn = 'arn:aws:sqs:us-east-1:000000000000:q';

describe('target input', () => {
  it('passes the whole event by default', () => {
    expect(JSON.parse(targetInput({ Id: '1', Arn: arn }, event))).toEqual(
      event,
    );
  });

  it('passes the constant Input or the part at InputPath', () => {
    expect(
      targetInput({ Id: '1', Arn: arn, Input: '{"fixed":true}' }, event),
    ).toBe('{"fixed":true}');
    expect(
      JSON.parse(
        targetInput({ Id: '1', Arn: arn, InputPath: '$.detail' }, event),
      ),
    ).toEqual(event.detail);
  });

  it('fills an InputTransformer template from its paths', () => {
    const input = targetInput(
      {
        Id: '1',
        Arn: arn,
        InputTransformer: {
          InputPathsMap: {
            order: '$.detail.orderId',
            amount: '$.detail.amount',
          },
          InputTemplate: '{"order":"<order>","amount":<amount>}',
        },
      },
      event,
    );

    expect(JSON.parse(input)).toEqual({ order: 'o-1', amount: 25 });
  });
});
