import { createdOnce, createOrderClients } from '@org/order-runtime';

/**
 * The traced AWS clients of payment-processing, created on first use and kept for
 * the life of the execution environment.
 *
 * @example
 * const { dynamo, eventBridge } = awsClients();
 */
export const awsClients = createdOnce(createOrderClients);
