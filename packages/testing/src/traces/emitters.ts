import type { AwsServiceName } from './aws-services.js';

/** The X-Ray SDKs whose documents the builders imitate. */
export type Emitter = 'node' | 'python' | 'java' | 'go' | 'dotnet';

/** How one X-Ray SDK writes what it records. */
export interface EmitterProfile {
  /** `aws.xray.sdk` as the SDK writes it. */
  sdk: string;
  sdkVersion: string;
  /** Subsegment name of an AWS SDK call, per service. */
  serviceNames: Record<AwsServiceName, string>;
  /** Sets `fault` on any failed AWS call, 4xx included. */
  faultOnAnyAwsError: boolean;
  /** Sets `throttle` on throttling error codes, not only on HTTP 429. */
  throttleOnThrottlingCodes: boolean;
  /** Writes `aws.retries` (the Python SDK does not). */
  recordsRetries: boolean;
  /** Streams the subsegments of a Lambda handler one document each. */
  sendsSubsegmentsAlone: boolean;
}

/**
 * What differs between the SDKs' documents: how they name AWS services,
 * which flags they set on failed calls, how they send subsegments.
 *
 * @example
 * emitterProfiles.python.serviceNames.DynamoDB; // 'dynamodb'
 */
export const emitterProfiles = {
  node: {
    sdk: 'X-Ray for Node.js',
    sdkVersion: '3.10.3',
    serviceNames: {
      DynamoDB: 'DynamoDB',
      SQS: 'SQS',
      SNS: 'SNS',
      S3: 'S3',
      Lambda: 'Lambda',
      EventBridge: 'EventBridge',
      StepFunctions: 'SFN',
      SecretsManager: 'Secrets Manager',
    },
    faultOnAnyAwsError: true,
    throttleOnThrottlingCodes: true,
    recordsRetries: true,
    sendsSubsegmentsAlone: true,
  },
  python: {
    sdk: 'X-Ray for Python',
    sdkVersion: '2.14.0',
    serviceNames: {
      DynamoDB: 'dynamodb',
      SQS: 'sqs',
      SNS: 'sns',
      S3: 's3',
      Lambda: 'lambda',
      EventBridge: 'events',
      StepFunctions: 'states',
      SecretsManager: 'secretsmanager',
    },
    faultOnAnyAwsError: true,
    throttleOnThrottlingCodes: false,
    recordsRetries: false,
    sendsSubsegmentsAlone: false,
  },
  java: {
    sdk: 'X-Ray for Java',
    sdkVersion: '2.18.1',
    serviceNames: {
      DynamoDB: 'DynamoDb',
      SQS: 'Sqs',
      SNS: 'Sns',
      S3: 'S3',
      Lambda: 'Lambda',
      EventBridge: 'EventBridge',
      StepFunctions: 'Sfn',
      SecretsManager: 'SecretsManager',
    },
    faultOnAnyAwsError: false,
    throttleOnThrottlingCodes: true,
    recordsRetries: true,
    sendsSubsegmentsAlone: false,
  },
  go: {
    sdk: 'X-Ray for Go',
    sdkVersion: '1.8.4',
    serviceNames: {
      DynamoDB: 'dynamodb',
      SQS: 'sqs',
      SNS: 'sns',
      S3: 's3',
      Lambda: 'lambda',
      EventBridge: 'eventbridge',
      StepFunctions: 'states',
      SecretsManager: 'secretsmanager',
    },
    faultOnAnyAwsError: false,
    throttleOnThrottlingCodes: false,
    recordsRetries: true,
    sendsSubsegmentsAlone: false,
  },
  dotnet: {
    sdk: 'X-Ray for .NET Core',
    sdkVersion: '2.15.0',
    serviceNames: {
      DynamoDB: 'DynamoDBv2',
      SQS: 'SQS',
      SNS: 'SimpleNotificationService',
      S3: 'S3',
      Lambda: 'Lambda',
      EventBridge: 'EventBridge',
      StepFunctions: 'StepFunctions',
      SecretsManager: 'SecretsManager',
    },
    faultOnAnyAwsError: false,
    throttleOnThrottlingCodes: false,
    recordsRetries: true,
    sendsSubsegmentsAlone: false,
  },
} as const satisfies Record<Emitter, EmitterProfile>;
