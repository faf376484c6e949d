import type { OrderEvent } from '../orders/order-event.js';

/**
 * Where an order stands when the run reads it back, by `kind`:
 * - `terminal`: the orders table holds FULFILLED or FAILED, or the order
 *   was REJECTED (an `OrderRejected` event, since nothing is stored);
 * - `dead-letter`: its event sits in the rule's dead-letter queue;
 * - `in-flight`: the table holds it in a non-terminal status;
 * - `unknown`: neither the table nor the queue knows it.
 *
 * @example
 * if (outcome.kind === 'terminal') latency(outcome.updatedAt);
 */
export type OrderOutcome =
  | {
      kind: 'terminal';
      orderId: string;
      status: 'FULFILLED' | 'REJECTED' | 'FAILED';
      updatedAt: string;
      failureReason?: string;
    }
  | { kind: 'dead-letter'; orderId: string }
  | { kind: 'in-flight'; orderId: string; status: string }
  | { kind: 'unknown'; orderId: string };

/** What a target answers when events are sent. */
export interface SendResult {
  /** Events the bus accepted. */
  accepted: number;
  /** PutEvents calls repeated because entries were refused. */
  retries: number;
}

/**
 * The order pipeline a run drives: it takes `OrderCreated` events and
 * tells where each order ended. The same SDK implementation serves the
 * local cloud and AWS; only endpoint, credentials and names differ.
 *
 * @example
 * await target.send(events);
 * const outcomes = await target.outcomes(events.map((event) => event.orderId));
 */
export interface OrderPipelineTarget {
  /** Puts the events on the bus; rejects when entries stay refused. */
  send(events: readonly OrderEvent[]): Promise<SendResult>;
  /** Reads where each order stands, from the orders table and the DLQ. */
  outcomes(orderIds: readonly string[]): Promise<Map<string, OrderOutcome>>;
  /** Releases clients and anything the target started. */
  close(): Promise<void>;
}

/**
 * The names and addresses of a deployed pipeline.
 *
 * @example
 * const resources: PipelineResources = { tableName: 'orders', ... };
 */
export interface PipelineResources {
  tableName: string;
  eventBusName: string;
  deadLetterQueueUrl: string;
  stateMachineArn?: string;
  /**
   * A queue that receives the pipeline's `OrderRejected` events, which the
   * target drains to count rejected orders; the local target creates one.
   */
  rejectionQueueUrl?: string;
}
