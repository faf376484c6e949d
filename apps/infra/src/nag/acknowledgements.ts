import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { IConstruct } from 'constructs';
import type { WorkflowLogLevel } from '../config/stack-settings.js';
import type { ServiceFunctions } from '../constructs/service-functions.js';

/** The constructs whose cdk-nag findings are accepted, with reasons. */
export interface AcknowledgedConstructs {
  functions: ServiceFunctions;
  stateMachine: StateMachine;
  deadLetterQueue: IQueue;
  workflowLogLevel: WorkflowLogLevel;
  responder: LambdaFunction;
}

const XRAY_WILDCARD =
  'X-Ray PutTraceSegments and PutTelemetryRecords accept no resource but *: active tracing cannot be granted more narrowly.';
const XRAY_READ_WILDCARD =
  'X-Ray GetTraceSummaries and BatchGetTraces accept no resource but * either: the responder reads the traces of the alarm window.';
const LOG_DELIVERY_WILDCARD =
  "CloudWatch Logs' log delivery actions (CreateLogDelivery, PutResourcePolicy, DescribeLogGroups and the like) accept no resource but * either.";

/**
 * Acknowledges, finding by finding and each with its reason, the cdk-nag
 * AwsSolutions findings the stack accepts on purpose. Anything else stays
 * a finding and fails `synth`, `nag` and the unit tests.
 *
 * @example
 * acknowledgeNagFindings(stack, { functions, stateMachine, ... });
 */
export function acknowledgeNagFindings(
  stack: Stack,
  constructs: AcknowledgedConstructs,
): void {
  const { responder } = constructs;
  for (const fn of [...Object.values(constructs.functions), responder]) {
    Validations.of(fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'The Lambda contract of this pipeline fixes Node.js 22 (NODEJS_22_X); the runtime moves with the handlers, not on its own.',
    });
    const reason =
      fn === responder
        ? `${XRAY_WILDCARD} ${XRAY_READ_WILDCARD}`
        : XRAY_WILDCARD;
    if (fn.role !== undefined) acknowledgeWildcard(fn.role, reason);
  }

  acknowledgeWildcard(
    constructs.stateMachine,
    `${XRAY_WILDCARD} ${LOG_DELIVERY_WILDCARD}`,
  );
  for (const fn of Object.values(constructs.functions)) {
    Validations.of(constructs.stateMachine).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(stack, fn.node.defaultChild)}.Arn>:*]`,
      reason:
        'The workflow may invoke any version or alias of its own functions; the wildcard is the qualifier of one named function.',
    });
  }
  if (constructs.workflowLogLevel === 'ERROR') {
    Validations.of(constructs.stateMachine).acknowledge({
      id: 'AwsSolutions-SF1',
      reason:
        'Logging only errors was asked for with -c workflowLogLevel=ERROR; the X-Ray traces still record every state.',
    });
  }

  Validations.of(constructs.deadLetterQueue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason:
      'This queue is the dead-letter queue of the OrderCreated rule; a dead-letter queue of its own would only move the same messages again.',
  });
}

function acknowledgeWildcard(scope: IConstruct, reason: string): void {
  Validations.of(scope).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason,
  });
}

function logicalIdOf(stack: Stack, element: IConstruct | undefined): string {
  return Stack.of(stack).resolve(stack.getLogicalId(element as CfnElement));
}
