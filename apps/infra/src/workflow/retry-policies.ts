import { WorkflowErrorName } from '@org/domain';
import { Duration } from 'aws-cdk-lib';
import {
  Errors,
  JitterType,
  type RetryProps,
} from 'aws-cdk-lib/aws-stepfunctions';

/**
 * The errors the Lambda service (not the function) raises when it is
 * throttled or briefly unwell: always worth another try.
 */
export const LAMBDA_SERVICE_ERRORS = [
  'Lambda.TooManyRequestsException',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
] as const;

/**
 * Retries on Lambda throttling and service errors: 1 s, doubling, at most
 * 20 s between tries, full jitter so that throttled executions spread out
 * instead of retrying in step.
 *
 * @example
 * task.addRetry(LAMBDA_SERVICE_RETRY);
 */
export const LAMBDA_SERVICE_RETRY: RetryProps = {
  errors: [...LAMBDA_SERVICE_ERRORS],
  interval: Duration.seconds(1),
  maxAttempts: 5,
  backoffRate: 2,
  maxDelay: Duration.seconds(20),
  jitterStrategy: JitterType.FULL,
};

/**
 * Retries a task that hit its own timeout (`States.Timeout`) twice; the
 * functions are idempotent, so a second run cannot charge twice.
 *
 * @example
 * task.addRetry(TASK_TIMEOUT_RETRY);
 */
export const TASK_TIMEOUT_RETRY: RetryProps = {
  errors: [Errors.TIMEOUT],
  interval: Duration.seconds(2),
  maxAttempts: 2,
  backoffRate: 2,
  jitterStrategy: JitterType.FULL,
};

/**
 * Retries a charge the payment provider could not take
 * (`PaymentProviderUnavailable`): 2 s, doubling, three more tries.
 * `PaymentDeclined` and `OrderStateConflict` are never retried.
 *
 * @example
 * chargePayment.addRetry(PAYMENT_PROVIDER_RETRY);
 */
export const PAYMENT_PROVIDER_RETRY: RetryProps = {
  errors: [WorkflowErrorName.PaymentProviderUnavailable],
  interval: Duration.seconds(2),
  maxAttempts: 3,
  backoffRate: 2,
  maxDelay: Duration.seconds(30),
  jitterStrategy: JitterType.FULL,
};

/**
 * Retries the failure path's own direct integrations when DynamoDB or
 * EventBridge push back: the outage that failed the order may be the one
 * throttling the table. The failure path is what accounts for a failed
 * order, so it keeps trying for longer than such an outage tends to
 * last: eleven retries, doubling from 1 s up to 60 s between tries
 * (about six minutes at most, three on average with full jitter).
 *
 * @example
 * markOrderFailed.addRetry(FAILURE_PATH_RETRY);
 */
export const FAILURE_PATH_RETRY: RetryProps = {
  errors: [
    'DynamoDB.ProvisionedThroughputExceededException',
    'DynamoDB.ThrottlingException',
    'DynamoDB.RequestLimitExceeded',
    'DynamoDB.InternalServerErrorException',
    'EventBridge.FailedEntry',
  ],
  interval: Duration.seconds(1),
  maxAttempts: 11,
  backoffRate: 2,
  maxDelay: Duration.seconds(60),
  jitterStrategy: JitterType.FULL,
};
