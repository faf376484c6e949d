import {
  type OrderCreated,
  type OrderItem,
  OrderStatus,
  type ShippingAddress,
} from '@org/domain';

/**
 * The order as the `orders` table holds it. The shipping address and
 * e-mail stay so that the order can be fulfilled and the customer told;
 * the payment token does not (it travels only in the workflow input).
 *
 * @example
 * const record: OrderRecord = toOrderRecord(order, hash, new Date());
 */
export interface OrderRecord {
  orderId: string;
  status: OrderStatus;
  customerId: string;
  currency: string;
  totalAmount: number;
  items: OrderItem[];
  customerEmail: string;
  shippingAddress: ShippingAddress;
  createdAt: string;
  updatedAt: string;
  payloadHash: string;
}

/**
 * Builds the VALIDATED record of a freshly validated order.
 *
 * @example
 * const record = toOrderRecord(order, payloadHash(order), new Date());
 */
export function toOrderRecord(
  order: OrderCreated,
  hash: string,
  now: Date,
): OrderRecord {
  const timestamp = now.toISOString();

  return {
    orderId: order.orderId,
    status: OrderStatus.Validated,
    customerId: order.customerId,
    currency: order.currency,
    totalAmount: order.totalAmount,
    items: order.items,
    customerEmail: order.customerEmail,
    shippingAddress: order.shippingAddress,
    createdAt: timestamp,
    updatedAt: timestamp,
    payloadHash: hash,
  };
}
