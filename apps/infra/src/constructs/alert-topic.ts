import { Duration } from 'aws-cdk-lib';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';

/**
 * Creates the alert topic, encrypted with a customer-managed key (with
 * rotation) that CloudWatch may use: alarms cannot publish to a topic
 * encrypted with the AWS-managed SNS key. The topic refuses plain HTTP.
 *
 * @example
 * const topic = createAlertTopic(stack);
 */
export function createAlertTopic(scope: Construct): Topic {
  const key = new Key(scope, 'AlertTopicKey', {
    description: 'Encrypts the order pipeline alert topic',
    enableKeyRotation: true,
    pendingWindow: Duration.days(7),
  });
  key.grant(
    new ServicePrincipal('cloudwatch.amazonaws.com'),
    'kms:Decrypt',
    'kms:GenerateDataKey*',
  );

  return new Topic(scope, 'AlertTopic', {
    displayName: 'Order pipeline alerts',
    masterKey: key,
    enforceSSL: true,
  });
}
