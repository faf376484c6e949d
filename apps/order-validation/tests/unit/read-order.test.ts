import { sampleOrder } from '@org/testing';
import { describe, expect, it } from 'vitest';
import { readOrder } from '../../src/read-order.js';

describe('readOrder', () => {
  it('reads the detail of an EventBridge envelope', () => {
    const reading = readOrder({
      'detail-type': 'OrderCreated',
      detail: sampleOrder(),
    });

    expect(reading).toEqual({ kind: 'valid', order: sampleOrder() });
  });

  it('reads a bare detail from a direct invoke', () => {
    expect(readOrder(sampleOrder()).kind).toBe('valid');
  });

  it('counts unknown keys without echoing their names', () => {
    const reading = readOrder({ ...sampleOrder(), 'ada@example.com': 1 });

    expect(reading).toEqual({
      kind: 'invalid',
      orderId: 'ord-0001',
      problems: [{ path: '', message: 'has 1 unknown key(s)' }],
    });
  });

  it('leaves out an order id that is not an identifier', () => {
    const reading = readOrder({ ...sampleOrder(), orderId: 'a b@c' });

    expect(reading.kind).toBe('invalid');
    expect(reading).not.toHaveProperty('orderId');
  });

  it('leaves out an order id made of a card number', () => {
    const reading = readOrder({
      ...sampleOrder(),
      orderId: '4111111111111111',
    });

    expect(reading).not.toHaveProperty('orderId');
  });

  it('keeps at most 20 problems', () => {
    const items = Array.from({ length: 60 }, () => ({ sku: '' }));

    const reading = readOrder({ ...sampleOrder(), items });

    expect(reading.kind === 'invalid' && reading.problems.length).toBe(20);
  });

  it('rejects null, arrays and strings as events', () => {
    for (const event of [null, [], 'OrderCreated', 42]) {
      expect(readOrder(event).kind).toBe('invalid');
    }
  });
});
