/**
 * The states an order moves through. Every order ends in FULFILLED,
 * REJECTED or FAILED (or its event lands in a dead-letter queue).
 *
 * @example
 * if (order.status === OrderStatus.Paid) { ... }
 */
export const OrderStatus = {
  Validated: 'VALIDATED',
  Paid: 'PAID',
  Fulfilled: 'FULFILLED',
  Rejected: 'REJECTED',
  Failed: 'FAILED',
} as const;

/** One of the values of {@link OrderStatus}. */
export type OrderStatus = (typeof OrderStatus)[keyof typeof OrderStatus];

/** The statuses after which an order never changes again. */
export const TERMINAL_STATUSES: readonly OrderStatus[] = [
  OrderStatus.Fulfilled,
  OrderStatus.Rejected,
  OrderStatus.Failed,
];

/**
 * Tells whether a status is terminal.
 *
 * @example
 * isTerminalStatus('PAID'); // false
 */
export function isTerminalStatus(status: string): boolean {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}
