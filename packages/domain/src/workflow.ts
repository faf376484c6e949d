/**
 * Error names the Lambdas raise and the fulfilment workflow's Retry and
 * Catch rules match on. A Lambda error's `name` becomes the Step Functions
 * error name, so both sides import these instead of repeating strings.
 *
 * @example
 * class PaymentDeclinedError extends Error {
 *   override name = WorkflowErrorName.PaymentDeclined;
 * }
 */
export const WorkflowErrorName = {
  /** The payment provider failed or timed out: worth retrying. */
  PaymentProviderUnavailable: 'PaymentProviderUnavailable',
  /** The provider declined the charge: retrying cannot help. */
  PaymentDeclined: 'PaymentDeclined',
  /** The order is not in the state the step needs (for example not PAID). */
  OrderStateConflict: 'OrderStateConflict',
} as const;

/** One of the values of {@link WorkflowErrorName}. */
export type WorkflowErrorName =
  (typeof WorkflowErrorName)[keyof typeof WorkflowErrorName];

/**
 * The input of the fulfilment workflow, as order-validation starts it.
 * The payment step adds `payment`, the failure path adds `error`.
 *
 * @example
 * { order: { orderId: 'ord-1', ... } }
 */
export interface WorkflowInput<Order = unknown> {
  order: Order;
}
