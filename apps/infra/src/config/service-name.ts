/**
 * The three Lambda functions of the pipeline, by the name each one's app
 * folder, function name and `SERVICE_NAME` share.
 *
 * @example
 * ServiceName.OrderValidation; // 'order-validation'
 */
export const ServiceName = {
  OrderValidation: 'order-validation',
  PaymentProcessing: 'payment-processing',
  Fulfillment: 'fulfillment',
} as const;

/** One of the values of {@link ServiceName}. */
export type ServiceName = (typeof ServiceName)[keyof typeof ServiceName];

/** Every service name, in pipeline order. */
export const SERVICE_NAMES: readonly ServiceName[] = [
  ServiceName.OrderValidation,
  ServiceName.PaymentProcessing,
  ServiceName.Fulfillment,
];
