import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SQSClient } from '@aws-sdk/client-sqs';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/** AWS SDK v3 clients pointed at a local cloud edge with dummy credentials. */
export function awsClients(endpoint: string, maxAttempts?: number) {
  const config = { endpoint, region: 'us-east-1', credentials, maxAttempts };

  return {
    dynamodb: new DynamoDBClient(config),
    sqs: new SQSClient(config),
    events: new EventBridgeClient(config),
  };
}
