import {
  type CloudFormationClient,
  DescribeStacksCommand,
} from '@aws-sdk/client-cloudformation';
import { StackOutputsError } from '../errors.js';
import type { PipelineResources } from './order-pipeline-target.js';

/**
 * The output keys of the deployed ServerlessOrderStack that a run reads;
 * the same strings as the infra app's `OutputKey`.
 *
 * @example
 * outputs[StackOutputKey.TableName];
 */
export const StackOutputKey = {
  TableName: 'OrdersTableName',
  EventBusName: 'EventBusName',
  DeadLetterQueueUrl: 'DeadLetterQueueUrl',
  StateMachineArn: 'StateMachineArn',
} as const;

/**
 * Reads the table, bus, dead-letter queue and state machine of a deployed
 * stack from its CloudFormation outputs.
 *
 * @example
 * const resources = await readStackOutputs(cloudFormation, 'ServerlessOrderStack');
 */
export async function readStackOutputs(
  cloudFormation: CloudFormationClient,
  stackName: string,
): Promise<PipelineResources> {
  let outputs: Map<string, string>;
  try {
    const answer = await cloudFormation.send(
      new DescribeStacksCommand({ StackName: stackName }),
    );
    const stack = answer.Stacks?.[0];
    outputs = new Map(
      (stack?.Outputs ?? []).map((output) => [
        output.OutputKey ?? '',
        output.OutputValue ?? '',
      ]),
    );
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new StackOutputsError(
      stackName,
      `DescribeStacks failed (${reason})`,
      {
        cause,
      },
    );
  }

  return toResources(stackName, outputs);
}

function toResources(
  stackName: string,
  outputs: ReadonlyMap<string, string>,
): PipelineResources {
  const required = [
    StackOutputKey.TableName,
    StackOutputKey.EventBusName,
    StackOutputKey.DeadLetterQueueUrl,
  ];
  const missing = required.filter((key) => !outputs.get(key));
  if (missing.length > 0) {
    throw new StackOutputsError(
      stackName,
      `its outputs lack ${missing.join(', ')}`,
    );
  }

  return {
    tableName: outputs.get(StackOutputKey.TableName) as string,
    eventBusName: outputs.get(StackOutputKey.EventBusName) as string,
    deadLetterQueueUrl: outputs.get(
      StackOutputKey.DeadLetterQueueUrl,
    ) as string,
    stateMachineArn: outputs.get(StackOutputKey.StateMachineArn),
  };
}
