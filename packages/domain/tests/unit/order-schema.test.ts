import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OrderCreatedSchema,
  OrderValidationError,
  parseOrderCreated,
  safeParseOrderCreated,
} from '../../src/index.js';
import { validOrder } from './arbitraries.js';

const sample = {
  orderId: 'ord-1',
  customerId: 'cus-1',
  currency: 'EUR',
  items: [
    { sku: 'SKU-1', quantity: 3, unitPrice: 0.1 },
    { sku: 'SKU-2', quantity: 1, unitPrice: 19.99 },
  ],
  totalAmount: 20.29,
  customerEmail: 'ada@example.com',
  shippingAddress: {
    line1: '1 Main Street',
    city: 'Berlin',
    postalCode: '10115',
    country: 'DE',
  },
  paymentToken: 'tok_visa_4242',
};

function problemPaths(input: unknown): string[] {
  const result = safeParseOrderCreated(input);
  return result.success ? [] : result.problems.map((problem) => problem.path);
}

describe('OrderCreatedSchema', () => {
  it('accepts every generated valid order', () => {
    fc.assert(
      fc.property(validOrder, (order) => {
        expect(safeParseOrderCreated(order).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps an order unchanged through parse, serialize, parse', () => {
    fc.assert(
      fc.property(validOrder, (order) => {
        const first = OrderCreatedSchema.parse(order);
        const second = OrderCreatedSchema.parse(
          JSON.parse(JSON.stringify(first)),
        );
        expect(second).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('sums 3 x 0.10 + 19.99 exactly, without float drift', () => {
    expect(safeParseOrderCreated(sample).success).toBe(true);
  });

  it('rejects a total that differs from the items by one cent', () => {
    expect(problemPaths({ ...sample, totalAmount: 20.3 })).toEqual([
      'totalAmount',
    ]);
  });

  it('rejects prices with more than two decimal places', () => {
    const items = [{ sku: 'SKU-1', quantity: 1, unitPrice: 1.005 }];
    expect(problemPaths({ ...sample, items, totalAmount: 1.005 })).toContain(
      'items.0.unitPrice',
    );
  });

  it('rejects a raw card number as payment token', () => {
    expect(
      problemPaths({ ...sample, paymentToken: '4111111111111111' }),
    ).toEqual(['paymentToken']);
  });

  it('rejects a card number hidden in the address', () => {
    const shippingAddress = {
      ...sample.shippingAddress,
      line1: 'pay with 4111 1111 1111 1111',
    };
    expect(problemPaths({ ...sample, shippingAddress })).toEqual([
      'shippingAddress.line1',
    ]);
  });

  it('rejects unknown currency and country codes', () => {
    const input = {
      ...sample,
      currency: 'EURO',
      shippingAddress: { ...sample.shippingAddress, country: 'XX' },
    };
    expect(problemPaths(input).sort()).toEqual([
      'currency',
      'shippingAddress.country',
    ]);
  });

  it('rejects unknown keys, prototype keys included', () => {
    const hostile = JSON.parse(
      JSON.stringify(sample).replace('{', '{"__proto__":{"admin":true},'),
    );
    expect(safeParseOrderCreated(hostile).success).toBe(false);
  });

  it('rejects an order without items', () => {
    expect(problemPaths({ ...sample, items: [] })).toContain('items');
  });

  it('names the path of every problem of a generated broken order', () => {
    const fields = Object.keys(sample);
    fc.assert(
      fc.property(validOrder, fc.constantFrom(...fields), (order, field) => {
        const broken: Record<string, unknown> = { ...order };
        delete broken[field];
        const paths = problemPaths(broken);
        expect(paths).toContain(field);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseOrderCreated', () => {
  it('throws an OrderValidationError carrying every problem', () => {
    const input = { ...sample, currency: 'EURO', items: [] };
    const error = (() => {
      try {
        parseOrderCreated(input);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(OrderValidationError);
    const problems = (error as OrderValidationError).problems;
    expect(problems.map((problem) => problem.path).sort()).toEqual([
      'currency',
      'items',
    ]);
    expect((error as OrderValidationError).statusCode).toBe(400);
  });
});
