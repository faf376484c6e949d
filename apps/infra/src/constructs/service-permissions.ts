import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { ServiceName } from '../config/service-name.js';
import type { ServiceFunctions } from './service-functions.js';

/** The resources the functions act on. */
export interface PermissionTargets {
  table: ITable;
  bus: IEventBus;
  stateMachine: IStateMachine;
}

/**
 * The exact DynamoDB actions each function needs on the orders table:
 * order-validation reads and conditionally creates orders; the workflow's
 * functions read an order and update its status.
 */
export const TABLE_ACTIONS: Record<ServiceName, readonly string[]> = {
  [ServiceName.OrderValidation]: ['dynamodb:GetItem', 'dynamodb:PutItem'],
  [ServiceName.PaymentProcessing]: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
  [ServiceName.Fulfillment]: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
};

/**
 * Grants each function exactly what it needs, written out statement by
 * statement (no `*` action, no index or stream access): its
 * {@link TABLE_ACTIONS} on the table, `events:PutEvents` on the bus, and
 * for order-validation `states:StartExecution` on the workflow.
 *
 * @example
 * grantServicePermissions(functions, { table, bus, stateMachine });
 */
export function grantServicePermissions(
  functions: ServiceFunctions,
  targets: PermissionTargets,
): void {
  for (const [service, fn] of Object.entries(functions)) {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: [...TABLE_ACTIONS[service as ServiceName]],
        resources: [targets.table.tableArn],
      }),
    );
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['events:PutEvents'],
        resources: [targets.bus.eventBusArn],
      }),
    );
  }

  functions[ServiceName.OrderValidation].addToRolePolicy(
    new PolicyStatement({
      actions: ['states:StartExecution'],
      resources: [targets.stateMachine.stateMachineArn],
    }),
  );
}
