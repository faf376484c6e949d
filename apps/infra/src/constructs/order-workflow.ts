import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import {
  DefinitionBody,
  LogLevel,
  QueryLanguage,
  StateMachine,
  StateMachineType,
} from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { StackSettings } from '../config/stack-settings.js';
import {
  createOrderWorkflowDefinition,
  type OrderWorkflowTargets,
} from '../workflow/order-workflow-definition.js';

/** The name of the order workflow's state machine. */
export const STATE_MACHINE_NAME = 'order-workflow';

/**
 * Creates the standard state machine `order-workflow` from the JSONPath
 * definition, with X-Ray tracing and execution logging to its own log
 * group (level from the settings, execution data left out so that no
 * personal data reaches the logs). Executions end after 5 minutes.
 *
 * @example
 * const stateMachine = createOrderWorkflow(stack, settings, targets);
 */
export function createOrderWorkflow(
  scope: Construct,
  settings: StackSettings,
  targets: OrderWorkflowTargets,
): StateMachine {
  const logGroup = new LogGroup(scope, 'OrderWorkflowLogs', {
    logGroupName: `/aws/vendedlogs/states/${STATE_MACHINE_NAME}`,
    retention: settings.logRetentionDays,
    removalPolicy: RemovalPolicy.DESTROY,
  });

  return new StateMachine(scope, 'OrderWorkflow', {
    stateMachineName: STATE_MACHINE_NAME,
    stateMachineType: StateMachineType.STANDARD,
    queryLanguage: QueryLanguage.JSON_PATH,
    definitionBody: DefinitionBody.fromChainable(
      createOrderWorkflowDefinition(scope, targets),
    ),
    timeout: Duration.minutes(5),
    tracingEnabled: true,
    logs: {
      destination: logGroup,
      level: LogLevel[settings.workflowLogLevel],
      includeExecutionData: false,
    },
  });
}
