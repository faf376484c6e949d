import type { OrderCreated } from '@org/domain';

/**
 * A valid `OrderCreated` detail (total 20.29 EUR), with fields to override.
 *
 * @example
 * const order = sampleOrder({ orderId: 'ord-42' });
 */
export function sampleOrder(
  overrides: Partial<OrderCreated> = {},
): OrderCreated {
  return {
    orderId: 'ord-0001',
    customerId: 'cus-0001',
    currency: 'EUR',
    items: [
      { sku: 'SKU-1', quantity: 3, unitPrice: 0.1 },
      { sku: 'SKU-2', quantity: 1, unitPrice: 19.99 },
    ],
    totalAmount: 20.29,
    customerEmail: 'ada.lovelace@example.com',
    shippingAddress: {
      line1: '12 Analytical Way',
      city: 'London',
      postalCode: 'N1 9GU',
      country: 'GB',
    },
    paymentToken: 'tok_test_4242abcd',
    ...overrides,
  };
}
