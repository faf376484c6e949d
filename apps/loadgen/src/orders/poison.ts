import type { OrderCreated } from '@org/domain';
import type { SeededRandom } from './seeded-random.js';

const poisonings: readonly ((
  order: OrderCreated,
) => Record<string, unknown>)[] = [
  (order) => ({ ...order, totalAmount: order.totalAmount + 1 }),
  (order) => ({ ...order, currency: 'XXQ' }),
  (order) => ({ ...order, items: [] }),
  (order) => ({ ...order, customerEmail: 'not-an-email' }),
  (order) => ({ ...order, paymentToken: '4111111111111111' }),
  ({ shippingAddress, ...order }) => order,
];

/**
 * Turns a valid order into one the pipeline must reject (a wrong total, an
 * unknown currency, no items, a bad e-mail, a raw card number or no
 * address), keeping its order id so it can still be reconciled.
 *
 * @example
 * const detail = poison(order, seededRandom(1));
 */
export function poison(
  order: OrderCreated,
  random: SeededRandom,
): Record<string, unknown> {
  return random.pick(poisonings)(order);
}
