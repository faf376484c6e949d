import { describe, expect, it } from 'vitest';
import { rejectionOf } from '../../src/target/read-rejections.js';

function rejectedEvent(detail: unknown, time = '2026-12-03T19:00:00Z') {
  return JSON.stringify({
    source: 'com.ecommerce.orders',
    'detail-type': 'OrderRejected',
    time,
    detail,
  });
}

describe('rejectionOf', () => {
  it('turns an OrderRejected event into a REJECTED outcome dated by the event', () => {
    const outcome = rejectionOf(
      rejectedEvent({
        orderId: 'lg-1-7',
        problems: [
          { path: 'totalAmount', message: 'does not match the items' },
          { path: 'currency', message: 'unknown' },
        ],
      }),
    );

    expect(outcome).toEqual({
      kind: 'terminal',
      orderId: 'lg-1-7',
      status: 'REJECTED',
      updatedAt: '2026-12-03T19:00:00Z',
      failureReason: 'invalid totalAmount, currency',
    });
  });

  it('skips a body without an order id', () => {
    expect(rejectionOf(rejectedEvent({ problems: [] }))).toBeUndefined();
  });

  it('skips a body that is not JSON', () => {
    expect(rejectionOf('not json')).toBeUndefined();
    expect(rejectionOf(undefined)).toBeUndefined();
  });
});
