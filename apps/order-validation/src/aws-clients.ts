import { SFNClient } from '@aws-sdk/client-sfn';
import {
  createdOnce,
  createOrderClients,
  type OrderClients,
} from '@org/order-runtime';
import { captureAwsClient } from '@org/tracing';

/**
 * The traced AWS clients of order-validation.
 *
 * @example
 * const { dynamo, stepFunctions }: AwsClients = awsClients();
 */
export interface AwsClients extends OrderClients {
  stepFunctions: SFNClient;
}

/**
 * The AWS clients, created on first use and kept for the life of the
 * execution environment. Region, endpoint and credentials come from the
 * environment as the SDK reads it (`AWS_REGION`, `AWS_ENDPOINT_URL`, …).
 *
 * @example
 * const { dynamo } = awsClients();
 */
export const awsClients = createdOnce(
  (): AwsClients => ({
    ...createOrderClients(),
    stepFunctions: captureAwsClient(new SFNClient({})),
  }),
);
