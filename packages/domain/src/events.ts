import { z } from 'zod';

/** The EventBridge `source` of every event of the order pipeline. */
export const EVENT_SOURCE = 'com.ecommerce.orders';

/**
 * The EventBridge detail-types of the pipeline: the event it consumes
 * (`OrderCreated`) and the ones it emits.
 *
 * @example
 * { Source: EVENT_SOURCE, DetailType: DetailType.OrderFulfilled, ... }
 */
export const DetailType = {
  OrderCreated: 'OrderCreated',
  OrderValidated: 'OrderValidated',
  OrderRejected: 'OrderRejected',
  PaymentCharged: 'PaymentCharged',
  PaymentFailed: 'PaymentFailed',
  OrderFulfilled: 'OrderFulfilled',
  OrderFailed: 'OrderFailed',
} as const;

/** One of the values of {@link DetailType}. */
export type DetailType = (typeof DetailType)[keyof typeof DetailType];

const problem = z.object({ path: z.string(), message: z.string() });

/**
 * Schemas of the details of the events the pipeline emits, by detail-type.
 *
 * @example
 * EmittedEventSchemas.OrderFailed.parse(detail);
 */
export const EmittedEventSchemas = {
  OrderValidated: z.object({
    orderId: z.string(),
    totalAmount: z.number(),
    currency: z.string(),
  }),
  OrderRejected: z.object({
    orderId: z.string().optional(),
    problems: z.array(problem).min(1),
  }),
  PaymentCharged: z.object({
    orderId: z.string(),
    paymentId: z.string(),
    amount: z.number(),
    currency: z.string(),
  }),
  PaymentFailed: z.object({
    orderId: z.string(),
    reason: z.string(),
    retryable: z.boolean(),
  }),
  OrderFulfilled: z.object({
    orderId: z.string(),
    fulfilledAt: z.iso.datetime(),
  }),
  OrderFailed: z.object({
    orderId: z.string(),
    reason: z.string(),
  }),
} as const;

/** The detail of an emitted event, by detail-type. */
export type EmittedEventDetail<T extends keyof typeof EmittedEventSchemas> =
  z.infer<(typeof EmittedEventSchemas)[T]>;
