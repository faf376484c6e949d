import type { OrderCreated } from '@org/domain';
import {
  ADDRESSES,
  CURRENCIES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  PRODUCTS,
} from './catalog.js';
import type { OrderEvent } from './order-event.js';
import { poison } from './poison.js';
import { type SeededRandom, seededRandom } from './seeded-random.js';
import { newTraceHeader } from './trace-header.js';

/** Options of {@link generateOrders}. */
export interface OrderGeneratorOptions {
  /** Distinct orders to create. */
  orders: number;
  /** Seed of every random draw. */
  seed: number;
  /** Share of the orders, 0 to 1, made invalid. Default 0. */
  poisonShare?: number;
  /** Extra events, as a share of the orders, repeating valid ones. Default 0. */
  duplicateShare?: number;
  /** Prefix of the order ids, unique per run. Default `lg-<seed>`. */
  runId?: string;
}

/**
 * Generates the events of a run: `orders` distinct orders, of which
 * `round(orders × poisonShare)` are poison, followed by
 * `round(orders × duplicateShare)` repeats of valid orders (same id,
 * payload and trace header). Orders are deterministic for a seed; the
 * trace roots are new on every call.
 *
 * @example
 * const events = generateOrders({ orders: 100, seed: 1, poisonShare: 0.1 });
 */
export function generateOrders(options: OrderGeneratorOptions): OrderEvent[] {
  const random = seededRandom(options.seed);
  const runId = options.runId ?? `lg-${options.seed}`;
  const poisonCount = Math.round(options.orders * (options.poisonShare ?? 0));
  const poisoned = chooseIndexes(options.orders, poisonCount, random);
  const events: OrderEvent[] = [];
  for (let index = 0; index < options.orders; index++) {
    const order = randomOrder(`${runId}-${index}`, random);
    const traceHeader = newTraceHeader();
    events.push(
      poisoned.has(index)
        ? {
            kind: 'poison',
            orderId: order.orderId,
            detail: poison(order, random),
            traceHeader,
          }
        : { kind: 'valid', orderId: order.orderId, detail: order, traceHeader },
    );
  }

  return [...events, ...duplicates(events, options, random)];
}

function duplicates(
  events: readonly OrderEvent[],
  options: OrderGeneratorOptions,
  random: SeededRandom,
): OrderEvent[] {
  const valid = events.filter((event) => event.kind === 'valid');
  const count = Math.round(options.orders * (options.duplicateShare ?? 0));
  if (valid.length === 0 || count === 0) {
    return [];
  }

  return Array.from({ length: count }, () => ({
    ...random.pick(valid),
    kind: 'duplicate' as const,
  }));
}

function chooseIndexes(
  total: number,
  count: number,
  random: SeededRandom,
): Set<number> {
  const indexes = Array.from({ length: total }, (_, index) => index);
  for (let position = 0; position < count; position++) {
    const swap = random.integer(position, total - 1);
    [indexes[position], indexes[swap]] = [
      indexes[swap] as number,
      indexes[position] as number,
    ];
  }

  return new Set(indexes.slice(0, count));
}

function randomOrder(orderId: string, random: SeededRandom): OrderCreated {
  const given = random.pick(GIVEN_NAMES);
  const family = random.pick(FAMILY_NAMES);
  const items = Array.from({ length: random.integer(1, 3) }, () => ({
    ...random.pick(PRODUCTS),
    quantity: random.integer(1, 4),
  }));
  const totalMinor = items.reduce(
    (sum, item) => sum + item.quantity * Math.round(item.unitPrice * 100),
    0,
  );

  return {
    orderId,
    customerId: `cus-${given}-${family}`,
    currency: random.pick(CURRENCIES),
    items,
    totalAmount: totalMinor / 100,
    customerEmail: `${given}.${family}@example.com`,
    shippingAddress: { ...random.pick(ADDRESSES) },
    paymentToken: `tok_${Math.floor(random.next() * 2 ** 40)
      .toString(36)
      .padStart(8, '0')}`,
  };
}
