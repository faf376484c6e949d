import { DetailType, EVENT_SOURCE, OrderStatus } from '@org/domain';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import {
  Fail,
  type IChainable,
  JsonPath,
  TaskInput,
} from 'aws-cdk-lib/aws-stepfunctions';
import {
  DynamoAttributeValue,
  DynamoUpdateItem,
  EventBridgePutEvents,
} from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { FAILURE_PATH_RETRY } from './retry-policies.js';

/** Where a Catch puts the error it caught in the workflow's state. */
export const ERROR_RESULT_PATH = '$.error';

/**
 * The failure reason, `"<Error>: <Cause>"` of the caught error, as an
 * intrinsic `States.Format` evaluated by Step Functions.
 *
 * @example
 * failureReason(); // 'States.Format(\'{}: {}\', $.error.Error, $.error.Cause)'
 */
export function failureReason(): string {
  return JsonPath.format(
    '{}: {}',
    JsonPath.stringAt(`${ERROR_RESULT_PATH}.Error`),
    JsonPath.stringAt(`${ERROR_RESULT_PATH}.Cause`),
  );
}

/**
 * Builds the failure path with direct service integrations (no Lambda):
 * `MarkOrderFailed` (DynamoDB UpdateItem: status FAILED, `failureReason`,
 * `updatedAt`), `EmitOrderFailed` (EventBridge PutEvents of `OrderFailed`
 * with `{ orderId, reason }`), then the `OrderFailed` Fail state.
 *
 * @example
 * chargePayment.addCatch(createFailurePath(scope, table, bus), {
 *   resultPath: ERROR_RESULT_PATH,
 * });
 */
export function createFailurePath(
  scope: Construct,
  table: ITable,
  bus: IEventBus,
): IChainable {
  const orderId = JsonPath.stringAt('$.order.orderId');
  const markOrderFailed = new DynamoUpdateItem(scope, 'MarkOrderFailed', {
    table,
    key: { orderId: DynamoAttributeValue.fromString(orderId) },
    updateExpression:
      'SET #status = :status, failureReason = :reason, updatedAt = :updatedAt',
    expressionAttributeNames: { '#status': 'status' },
    expressionAttributeValues: {
      ':status': DynamoAttributeValue.fromString(OrderStatus.Failed),
      ':reason': DynamoAttributeValue.fromString(failureReason()),
      ':updatedAt': DynamoAttributeValue.fromString(
        JsonPath.stringAt('$$.State.EnteredTime'),
      ),
    },
    resultPath: JsonPath.DISCARD,
  }).addRetry(FAILURE_PATH_RETRY);

  const emitOrderFailed = new EventBridgePutEvents(scope, 'EmitOrderFailed', {
    entries: [
      {
        eventBus: bus,
        source: EVENT_SOURCE,
        detailType: DetailType.OrderFailed,
        detail: TaskInput.fromObject({ orderId, reason: failureReason() }),
      },
    ],
    resultPath: JsonPath.DISCARD,
  }).addRetry(FAILURE_PATH_RETRY);

  const orderFailed = new Fail(scope, 'OrderFailed', {
    error: 'OrderFailed',
    cause:
      'The order was marked FAILED; its reason is in the orders table and in the OrderFailed event.',
  });

  return markOrderFailed.next(emitOrderFailed).next(orderFailed);
}
