import { z } from 'zod';
import { containsCardNumber } from './card-number.js';
import { COUNTRY_CODES, CURRENCY_CODES } from './iso-codes.js';
import { toMinorUnits } from './money.js';

/** Identifiers: letters, digits, `-` and `_`, usable as a workflow name. */
const identifier = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, - or _');

const freeText = (max: number) => z.string().trim().min(1).max(max);

/** A positive decimal amount with at most two places. */
const amount = z
  .number()
  .positive()
  .refine((value) => toMinorUnits(value) !== undefined, {
    message: 'must be a decimal with at most 2 places',
  });

/**
 * One line of an order.
 *
 * @example
 * OrderItemSchema.parse({ sku: 'SKU-1', quantity: 2, unitPrice: 9.5 });
 */
export const OrderItemSchema = z.strictObject({
  sku: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a SKU code'),
  quantity: z.number().int().min(1).max(10_000),
  unitPrice: amount,
});

/** One line of an order. */
export type OrderItem = z.infer<typeof OrderItemSchema>;

/**
 * Where the order ships to.
 *
 * @example
 * ShippingAddressSchema.parse({
 *   line1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'DE',
 * });
 */
export const ShippingAddressSchema = z.strictObject({
  line1: freeText(200),
  city: freeText(100),
  postalCode: z.string().regex(/^[A-Za-z0-9 -]{2,12}$/, 'must be a postcode'),
  country: z.string().refine((code) => COUNTRY_CODES.has(code), {
    message: 'must be an ISO 3166-1 alpha-2 country code',
  }),
});

/** Where the order ships to. */
export type ShippingAddress = z.infer<typeof ShippingAddressSchema>;

const paymentToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,128}$/, 'must be an opaque payment token')
  .refine((token) => !containsCardNumber(token), {
    message: 'must be a token, not a raw card number',
  });

const orderFields = z.strictObject({
  orderId: identifier,
  customerId: identifier,
  currency: z.string().refine((code) => CURRENCY_CODES.has(code), {
    message: 'must be an ISO 4217 currency code',
  }),
  items: z.array(OrderItemSchema).min(1).max(100),
  totalAmount: amount,
  customerEmail: z.email().max(254),
  shippingAddress: ShippingAddressSchema,
  paymentToken,
});

/**
 * The detail of an `OrderCreated` event, the contract of the pipeline.
 * Rejects unknown keys, totals that differ from the sum of the items
 * (computed in integer minor units) and raw card numbers anywhere.
 *
 * @example
 * const order = OrderCreatedSchema.parse(event.detail);
 */
export const OrderCreatedSchema = orderFields.superRefine((order, context) => {
  // A total can only be checked against items that are themselves valid.
  const itemsValid = !context.issues.some(
    (issue) => issue.path?.[0] === 'items',
  );
  const expected = sumOfItems(order.items);
  if (itemsValid && expected !== toMinorUnits(order.totalAmount)) {
    context.addIssue({
      code: 'custom',
      path: ['totalAmount'],
      message: `must equal the sum of the items (${(expected / 100).toFixed(2)})`,
    });
  }
  for (const path of cardNumberPaths(order)) {
    context.addIssue({
      code: 'custom',
      path,
      message: 'must not contain a card number',
    });
  }
});

/** A validated `OrderCreated` detail. */
export type OrderCreated = z.infer<typeof OrderCreatedSchema>;

/**
 * Sums the items of an order in integer minor units.
 *
 * @example
 * sumOfItems([{ sku: 'A', quantity: 3, unitPrice: 0.1 }]); // 30
 */
export function sumOfItems(items: readonly OrderItem[]): number {
  return items.reduce(
    (sum, item) => sum + item.quantity * (toMinorUnits(item.unitPrice) ?? 0),
    0,
  );
}

function cardNumberPaths(order: OrderCreated): (string | number)[][] {
  const texts: [(string | number)[], string][] = [
    [['customerId'], order.customerId],
    [['shippingAddress', 'line1'], order.shippingAddress.line1],
    [['shippingAddress', 'city'], order.shippingAddress.city],
    [['customerEmail'], order.customerEmail],
    ...order.items.map((item, index): [(string | number)[], string] => [
      ['items', index, 'sku'],
      item.sku,
    ]),
  ];

  return texts
    .filter(([, text]) => containsCardNumber(text))
    .map(([path]) => path);
}
