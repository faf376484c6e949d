import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Logger } from '@org/order-runtime';
import { publishEvent } from '@org/order-runtime';
import type { Config } from './config.js';
import { OrderStateConflictError } from './errors.js';
import { readPaymentState, recordPayment } from './order-payment-record.js';
import { chargeOrder } from './payment-provider.js';
import { readPaymentRequest } from './payment-request.js';
import { providerTimeout } from './provider-timeout.js';

/**
 * What {@link processPayment} works with; the handler passes the real ones.
 *
 * @example
 * await processPayment({ order }, {
 *   dynamo, eventBridge, logger, config, remainingTimeMs,
 * });
 */
export interface PaymentDependencies {
  dynamo: DynamoDBDocumentClient;
  eventBridge: EventBridgeClient;
  config: Pick<
    Config,
    'ordersTableName' | 'eventBusName' | 'paymentProviderUrl'
  >;
  logger: Logger;
  /** Milliseconds left before the invocation times out. */
  remainingTimeMs: () => number;
  now?: () => Date;
}

/**
 * Charges a VALIDATED order once and records it PAID, then emits
 * PaymentCharged. An order already PAID (a retried step) is not charged
 * again: its stored payment id is answered and the event emitted again.
 *
 * @throws {InvalidPaymentRequestError} when the input is not `{ order }`
 * @throws {OrderStateConflictError} when the order is not chargeable
 * @throws {PaymentProviderUnavailableError} when the provider fails (retry)
 * @throws {PaymentDeclinedError} when the provider declines
 * @example
 * const { paymentId } = await processPayment({ order }, dependencies);
 */
export async function processPayment(
  input: unknown,
  dependencies: PaymentDependencies,
): Promise<{ paymentId: string }> {
  const { config, dynamo, logger } = dependencies;
  const charge = readPaymentRequest(input);
  const { orderId } = charge;
  const state = await readPaymentState(dynamo, config.ordersTableName, orderId);
  if (state.kind === 'not-chargeable') {
    throw new OrderStateConflictError(orderId, `it is ${state.storedStatus}`);
  }

  const paymentId =
    state.kind === 'paid'
      ? state.paymentId
      : await chargeAndRecord(charge, dependencies);
  logger.info('payment charged', {
    orderId,
    paymentId,
    alreadyPaid: state.kind === 'paid',
  });
  await publishEvent(
    {
      eventBridge: dependencies.eventBridge,
      eventBusName: config.eventBusName,
    },
    'PaymentCharged',
    { orderId, paymentId, amount: charge.amount, currency: charge.currency },
  );

  return { paymentId };
}

async function chargeAndRecord(
  charge: ReturnType<typeof readPaymentRequest>,
  dependencies: PaymentDependencies,
): Promise<string> {
  const { config, dynamo } = dependencies;
  const timeoutMs = providerTimeout(charge.orderId, dependencies);
  const { paymentId } = await chargeOrder(
    config.paymentProviderUrl,
    charge,
    timeoutMs,
  );
  const now = dependencies.now?.() ?? new Date();
  await recordPayment(
    dynamo,
    config.ordersTableName,
    charge.orderId,
    paymentId,
    now,
  );

  return paymentId;
}
