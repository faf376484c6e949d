/**
 * The kinds of event the generator produces:
 * - `valid`: an order that passes `OrderCreatedSchema`;
 * - `poison`: an order the pipeline must reject;
 * - `duplicate`: a second delivery of an earlier valid order, same id and
 *   payload.
 *
 * @example
 * if (event.kind === 'poison') expectedRejections++;
 */
export type OrderEventKind = 'valid' | 'poison' | 'duplicate';

/**
 * One `OrderCreated` event to put on the bus.
 *
 * @example
 * const event: OrderEvent = { kind: 'valid', orderId, detail, traceHeader };
 */
export interface OrderEvent {
  kind: OrderEventKind;
  orderId: string;
  /** The event detail; an `OrderCreated` unless `kind` is `poison`. */
  detail: Record<string, unknown>;
  /** `Root=1-…;Sampled=1`, one root per order. */
  traceHeader: string;
}
