import { sampleOrder } from '@org/testing';
import { describe, expect, it } from 'vitest';
import { canonicalJson, payloadHash } from '../../src/canonical-json.js';

describe('canonicalJson and payloadHash', () => {
  it('sorts keys at every level, keeping array order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }, 0] })).toBe(
      '{"a":[{"c":3,"d":2},0],"b":1}',
    );
  });

  it('gives the same hash whatever the key order of the payload', () => {
    const order = sampleOrder();
    const reordered = Object.fromEntries(Object.entries(order).reverse());

    expect(payloadHash(reordered)).toBe(payloadHash(order));
  });

  it('gives a different hash when one nested value differs', () => {
    const order = sampleOrder();
    const other = sampleOrder({
      shippingAddress: { ...order.shippingAddress, city: 'Leeds' },
    });

    expect(payloadHash(other)).not.toBe(payloadHash(order));
    expect(payloadHash(order)).toMatch(/^[0-9a-f]{64}$/);
  });
});
