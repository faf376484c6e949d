import fc from 'fast-check';
import {
  COUNTRY_CODES,
  CURRENCY_CODES,
  containsCardNumber,
} from '../../src/index.js';

const identifier = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const priceInCents = fc.integer({ min: 1, max: 1_000_000 });

/** Free text with no long digit runs, so that no card number hides in it. */
const freeText = fc
  .stringMatching(/^[A-Za-z][A-Za-z .'-]{0,40}[A-Za-z]$/)
  .filter((text) => text.trim() === text);

export const validItem = fc.record({
  sku: fc.stringMatching(/^[A-Z]{3}-[0-9]{1,6}$/),
  quantity: fc.integer({ min: 1, max: 50 }),
  unitPrice: priceInCents.map((cents) => cents / 100),
});

export const validOrder = fc
  .record({
    orderId: identifier,
    customerId: identifier.filter((id) => !/\d{13}/.test(id)),
    currency: fc.constantFrom(...CURRENCY_CODES),
    items: fc.array(validItem, { minLength: 1, maxLength: 20 }),
    customerEmail: fc.constantFrom(
      'ada@example.com',
      'grace.hopper@example.org',
      'x+tag@sub.example.co.uk',
    ),
    shippingAddress: fc.record({
      line1: freeText,
      city: freeText,
      postalCode: fc.stringMatching(/^[A-Z0-9]{2,8}$/),
      country: fc.constantFrom(...COUNTRY_CODES),
    }),
    // A long enough digit run can pass the Luhn check: a valid order's
    // token never looks like a card number.
    paymentToken: fc
      .stringMatching(/^tok_[a-z0-9]{8,24}$/)
      .filter((token) => !containsCardNumber(token)),
  })
  .map((order) => ({
    ...order,
    totalAmount:
      order.items.reduce(
        (sum, item) => sum + item.quantity * Math.round(item.unitPrice * 100),
        0,
      ) / 100,
  }));
