import { Duration, Stack } from 'aws-cdk-lib';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';

/** The alert topic's name, on AWS and in the local cloud. */
export const ALERT_TOPIC_NAME = 'order-pipeline-alerts';

/**
 * The alert topic's ARN built from its name and the stack's partition,
 * region and account, rather than a `Ref`: the local cloud reads it from
 * a function's environment as it is.
 *
 * @example
 * alertTopicArn(stack); // { 'Fn::Join': [...] } resolving to arn:aws:sns:…:order-pipeline-alerts
 */
export function alertTopicArn(scope: Construct): string {
  return Stack.of(scope).formatArn({
    service: 'sns',
    resource: ALERT_TOPIC_NAME,
  });
}

/**
 * Creates the alert topic `order-pipeline-alerts`, encrypted with a customer-managed key (with
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
    topicName: ALERT_TOPIC_NAME,
    displayName: 'Order pipeline alerts',
    masterKey: key,
    enforceSSL: true,
  });
}
