import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SNSClient } from '@aws-sdk/client-sns';
import { XRayClient } from '@aws-sdk/client-xray';
import { createdOnce } from '@org/order-runtime';
import { captureAwsClient } from '@org/tracing';

/**
 * The traced AWS clients of the responder.
 *
 * @example
 * const { xray, sns }: ResponderClients = awsClients();
 */
export interface ResponderClients {
  dynamo: DynamoDBClient;
  sns: SNSClient;
  xray: XRayClient;
  secrets: SecretsManagerClient;
}

/**
 * Creates the traced clients. Region, endpoint (`AWS_ENDPOINT_URL`) and
 * credentials come from the environment. The X-Ray client makes one
 * attempt per call: `@org/xray-reader` backs off on its own.
 *
 * @example
 * const clients = createResponderClients();
 */
export function createResponderClients(): ResponderClients {
  return {
    dynamo: captureAwsClient(new DynamoDBClient({})),
    sns: captureAwsClient(new SNSClient({})),
    xray: captureAwsClient(new XRayClient({ maxAttempts: 1 })),
    secrets: captureAwsClient(new SecretsManagerClient({})),
  };
}

/**
 * The clients, created on first use and kept for the life of the
 * execution environment.
 *
 * @example
 * const { sns } = awsClients();
 */
export const awsClients = createdOnce(createResponderClients);
