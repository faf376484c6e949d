import { CfnOutput } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ServiceName } from '../config/service-name.js';
import type { AlarmResponder } from './alarm-responder.js';
import type { ServiceFunctions } from './service-functions.js';

/** The names and addresses the stack exports as outputs. */
export interface OutputValues {
  tableName: string;
  eventBusName: string;
  stateMachineArn: string;
  deadLetterQueueUrl: string;
  alertTopicArn: string;
  functions: ServiceFunctions;
  responder: AlarmResponder;
}

/**
 * The stack's output keys, for scripts that read `cdk deploy --outputs-file`
 * or the template's `Outputs`.
 *
 * @example
 * outputs[OutputKey.TableName];
 */
export const OutputKey = {
  TableName: 'OrdersTableName',
  EventBusName: 'EventBusName',
  StateMachineArn: 'StateMachineArn',
  DeadLetterQueueUrl: 'DeadLetterQueueUrl',
  AlertTopicArn: 'AlertTopicArn',
  OrderValidationFunctionName: 'OrderValidationFunctionName',
  PaymentProcessingFunctionName: 'PaymentProcessingFunctionName',
  FulfillmentFunctionName: 'FulfillmentFunctionName',
  ResponderFunctionName: 'ResponderFunctionName',
  AlarmTransitionsTableName: 'AlarmTransitionsTableName',
  AlarmStateChangeRuleName: 'AlarmStateChangeRuleName',
} as const;

/**
 * Adds the stack outputs: table, bus, state machine, DLQ, alert topic,
 * the three function names, and the responder's function, transitions
 * table and alarm rule.
 *
 * @example
 * addStackOutputs(stack, { tableName: table.tableName, ... });
 */
export function addStackOutputs(scope: Construct, values: OutputValues): void {
  const { functions } = values;
  const outputs: Record<string, string> = {
    [OutputKey.TableName]: values.tableName,
    [OutputKey.EventBusName]: values.eventBusName,
    [OutputKey.StateMachineArn]: values.stateMachineArn,
    [OutputKey.DeadLetterQueueUrl]: values.deadLetterQueueUrl,
    [OutputKey.AlertTopicArn]: values.alertTopicArn,
    [OutputKey.OrderValidationFunctionName]:
      functions[ServiceName.OrderValidation].functionName,
    [OutputKey.PaymentProcessingFunctionName]:
      functions[ServiceName.PaymentProcessing].functionName,
    [OutputKey.FulfillmentFunctionName]:
      functions[ServiceName.Fulfillment].functionName,
    [OutputKey.ResponderFunctionName]: values.responder.fn.functionName,
    [OutputKey.AlarmTransitionsTableName]: values.responder.table.tableName,
    [OutputKey.AlarmStateChangeRuleName]: values.responder.rule.ruleName,
  };

  for (const [key, value] of Object.entries(outputs)) {
    new CfnOutput(scope, key, { value });
  }
}
