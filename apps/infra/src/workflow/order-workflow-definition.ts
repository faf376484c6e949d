import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  type Chain,
  Errors,
  type IChainable,
  JsonPath,
  Succeed,
  TaskInput,
  Timeout,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { createFailurePath, ERROR_RESULT_PATH } from './failure-path.js';
import {
  LAMBDA_SERVICE_RETRY,
  PAYMENT_PROVIDER_RETRY,
  TASK_TIMEOUT_RETRY,
} from './retry-policies.js';

/** What the workflow's steps act on. */
export interface OrderWorkflowTargets {
  paymentProcessing: IFunction;
  fulfillment: IFunction;
  table: ITable;
  bus: IEventBus;
  /** Seconds each Lambda task may take, a little above the function's. */
  taskTimeoutSeconds: { chargePayment: number; fulfillOrder: number };
}

/**
 * Builds the workflow (JSONPath): `ChargePayment` invokes
 * payment-processing with `{ order }` and keeps `{ paymentId }` at
 * `$.payment`; `FulfillOrder` invokes fulfillment with
 * `{ order, payment }`; `OrderFulfilled` ends it. Both tasks retry Lambda
 * throttling and service errors and their own timeout with full jitter
 * (ChargePayment also `PaymentProviderUnavailable`), and catch everything
 * else into the failure path with the error at `$.error`.
 *
 * @example
 * DefinitionBody.fromChainable(createOrderWorkflowDefinition(scope, targets));
 */
export function createOrderWorkflowDefinition(
  scope: Construct,
  targets: OrderWorkflowTargets,
): Chain {
  const failurePath = createFailurePath(scope, targets.table, targets.bus);

  const chargePayment = new LambdaInvoke(scope, 'ChargePayment', {
    lambdaFunction: targets.paymentProcessing,
    payload: TaskInput.fromObject({ order: JsonPath.objectAt('$.order') }),
    resultSelector: { paymentId: JsonPath.stringAt('$.Payload.paymentId') },
    resultPath: '$.payment',
    retryOnServiceExceptions: false,
    taskTimeout: timeoutOf(targets.taskTimeoutSeconds.chargePayment),
  });
  protect(chargePayment, failurePath).addRetry(PAYMENT_PROVIDER_RETRY);

  const fulfillOrder = new LambdaInvoke(scope, 'FulfillOrder', {
    lambdaFunction: targets.fulfillment,
    payload: TaskInput.fromObject({
      order: JsonPath.objectAt('$.order'),
      payment: JsonPath.objectAt('$.payment'),
    }),
    resultPath: JsonPath.DISCARD,
    retryOnServiceExceptions: false,
    taskTimeout: timeoutOf(targets.taskTimeoutSeconds.fulfillOrder),
  });
  protect(fulfillOrder, failurePath);

  return chargePayment
    .next(fulfillOrder)
    .next(new Succeed(scope, 'OrderFulfilled'));
}

function protect(task: LambdaInvoke, failurePath: IChainable): LambdaInvoke {
  task.addRetry(LAMBDA_SERVICE_RETRY);
  task.addRetry(TASK_TIMEOUT_RETRY);
  task.addCatch(failurePath, {
    errors: [Errors.ALL],
    resultPath: ERROR_RESULT_PATH,
  });

  return task;
}

function timeoutOf(seconds: number): Timeout {
  return Timeout.duration(Duration.seconds(seconds));
}
