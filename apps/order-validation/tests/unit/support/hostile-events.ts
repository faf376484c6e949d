import { sampleOrder } from '@org/testing';
import fc from 'fast-check';

const base = sampleOrder();
type Mutable = Record<string, unknown>;

const requiredKeys = Object.keys(base);

const wrongType = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 8 }).map((text) => [text]),
  fc.constant({}),
);

const cardNumbers = fc.constantFrom(
  '4111 1111 1111 1111',
  '5500-0000-0000-0004',
  '378282246310005',
  '6011111111111117',
);

const pollutionKey = fc.constantFrom('__proto__', 'constructor', 'prototype');

/** An order with one required field removed. */
const missingField = fc.constantFrom(...requiredKeys).map((key) => {
  const order: Mutable = { ...sampleOrder() };
  delete order[key];
  return order;
});

/** An order with one field of the wrong type. */
const wrongTypedField = fc
  .tuple(fc.constantFrom(...requiredKeys), wrongType)
  .map(([key, value]) => ({ ...sampleOrder(), [key]: value }));

/** Totals that are negative, not finite, over-precise or off by rounding. */
const badTotal = fc
  .oneof(
    fc.double({ max: -0.01, noNaN: true }),
    fc.constantFrom(0, Number.NaN, Number.POSITIVE_INFINITY, 0.1 + 0.2),
    fc.constantFrom(20.289999, 20.3, 20.28, 20.291, 2029),
  )
  .map((totalAmount) => ({ ...sampleOrder(), totalAmount }));

/** Items lists that are empty, far too long, or with bad quantities. */
const badItems = fc.oneof(
  fc.constant({ ...sampleOrder(), items: [] }),
  fc.integer({ min: 101, max: 150 }).map((count) => ({
    ...sampleOrder(),
    items: Array.from({ length: count }, () => base.items[0]),
    totalAmount: count * 0.3,
  })),
  fc
    .constantFrom(-1, 0, 1.5, 10_001, Number.MAX_SAFE_INTEGER + 2)
    .map((quantity) => ({
      ...sampleOrder(),
      items: [{ sku: 'SKU-1', quantity, unitPrice: 20.29 }],
    })),
);

/** A card number hidden in one of the free-text fields. */
const cardInFreeText = fc
  .tuple(cardNumbers, fc.constantFrom('line1', 'city', 'token', 'customer'))
  .map(([card, where]) => {
    const order = sampleOrder();
    if (where === 'token') return { ...order, paymentToken: card };
    if (where === 'customer') return { ...order, customerId: card };
    return {
      ...order,
      shippingAddress: { ...order.shippingAddress, [where]: `pay ${card}` },
    };
  });

/** Pollution keys, at the top or nested, as JSON.parse creates them. */
const pollution = fc.tuple(pollutionKey, fc.boolean()).map(([key, nested]) => {
  const json = JSON.stringify(sampleOrder());
  const injected = `{"${key}":{"polluted":true},`;
  const text = nested
    ? json.replace('"shippingAddress":{', `"shippingAddress":${injected}`)
    : `${injected}${json.slice(1)}`;
  return JSON.parse(text) as unknown;
});

/** An unknown key whose name is itself personal data. */
const personalKey = fc
  .constantFrom('ada@example.com', '4111111111111111', '221B Baker Street')
  .map((key) => ({ ...sampleOrder(), [key]: 'x' }));

/** Anything at all: strings, numbers, arrays, nested objects. */
const anything = fc.anything({ maxDepth: 3, maxKeys: 6 });

/** An envelope with a malformed detail or the wrong detail-type. */
const badEnvelope = fc
  .tuple(fc.oneof(missingField, badTotal, anything), fc.boolean())
  .map(([detail, wrongDetailType]) => ({
    'detail-type': wrongDetailType ? 'OrderShipped' : 'OrderCreated',
    source: 'com.ecommerce.orders',
    detail: wrongDetailType ? sampleOrder() : detail,
  }));

/**
 * Malformed or hostile `OrderCreated` events, none of which is a valid
 * order: every one must end REJECTED.
 */
export const hostileEvent: fc.Arbitrary<unknown> = fc.oneof(
  missingField,
  wrongTypedField,
  badTotal,
  badItems,
  cardInFreeText,
  pollution,
  personalKey,
  anything,
  badEnvelope,
);
