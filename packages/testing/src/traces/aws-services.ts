/**
 * The AWS services the builders can call, by the name the X-Ray service
 * map gives their node.
 */
export type AwsServiceName =
  | 'DynamoDB'
  | 'SQS'
  | 'SNS'
  | 'S3'
  | 'Lambda'
  | 'EventBridge'
  | 'StepFunctions'
  | 'SecretsManager';

/** What an AWS service answers when it throttles or fails. */
export interface AwsServiceFacts {
  /** Namespace of the service's model classes in Java and .NET. */
  modelNamespace: string;
  throttle: { code: string; status: number; message: string };
  serverError: { code: string; status: number; message: string };
}

/**
 * Error codes, HTTP statuses and messages that each service really
 * answers with when it throttles or fails on its side.
 *
 * @example
 * awsServiceFacts.DynamoDB.throttle.code;
 * // 'ProvisionedThroughputExceededException'
 */
export const awsServiceFacts = {
  DynamoDB: {
    modelNamespace: 'dynamodb',
    throttle: {
      code: 'ProvisionedThroughputExceededException',
      status: 400,
      message:
        'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.',
    },
    serverError: {
      code: 'InternalServerError',
      status: 500,
      message: 'Internal server error',
    },
  },
  SQS: {
    modelNamespace: 'sqs',
    throttle: {
      code: 'ThrottlingException',
      status: 400,
      message: 'Rate exceeded',
    },
    serverError: {
      code: 'InternalError',
      status: 500,
      message: 'We encountered an internal error. Please try again.',
    },
  },
  SNS: {
    modelNamespace: 'sns',
    throttle: { code: 'Throttling', status: 400, message: 'Rate exceeded' },
    serverError: {
      code: 'InternalError',
      status: 500,
      message: 'Internal error',
    },
  },
  S3: {
    modelNamespace: 's3',
    throttle: {
      code: 'SlowDown',
      status: 503,
      message: 'Please reduce your request rate.',
    },
    serverError: {
      code: 'InternalError',
      status: 500,
      message: 'We encountered an internal error. Please try again.',
    },
  },
  Lambda: {
    modelNamespace: 'lambda',
    throttle: {
      code: 'TooManyRequestsException',
      status: 429,
      message: 'Rate Exceeded.',
    },
    serverError: {
      code: 'ServiceException',
      status: 500,
      message: 'The AWS Lambda service encountered an internal error.',
    },
  },
  EventBridge: {
    modelNamespace: 'eventbridge',
    throttle: {
      code: 'ThrottlingException',
      status: 400,
      message: 'Rate exceeded',
    },
    serverError: {
      code: 'InternalException',
      status: 500,
      message: 'Internal error',
    },
  },
  StepFunctions: {
    modelNamespace: 'sfn',
    throttle: {
      code: 'ThrottlingException',
      status: 400,
      message: 'Rate exceeded',
    },
    serverError: {
      code: 'InternalFailure',
      status: 500,
      message: 'Internal failure',
    },
  },
  SecretsManager: {
    modelNamespace: 'secretsmanager',
    throttle: {
      code: 'ThrottlingException',
      status: 400,
      message: 'Rate exceeded',
    },
    serverError: {
      code: 'InternalServiceError',
      status: 500,
      message: 'An error occurred on the server side.',
    },
  },
} as const satisfies Record<AwsServiceName, AwsServiceFacts>;

/**
 * Error codes that the AWS SDKs for JavaScript and Java classify as
 * throttling whatever the HTTP status.
 *
 * @example
 * throttlingCodes.has('SlowDown'); // true
 */
export const throttlingCodes: ReadonlySet<string> = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
]);
