import { describe, expect, it } from 'vitest';
import { resourcesOfType, synthTestStack } from './synth-template.js';

function stateMachineOf(context: Record<string, unknown> = {}) {
  const { template } = synthTestStack(context);
  const [machine] = Object.values(
    resourcesOfType(template, 'AWS::StepFunctions::StateMachine'),
  );

  return machine?.Properties as Record<string, any>;
}

describe('order workflow state machine', () => {
  it('is traced with X-Ray', () => {
    expect(stateMachineOf().TracingConfiguration).toEqual({ Enabled: true });
  });

  it('logs every event, without execution data, to a retained log group', () => {
    const { template } = synthTestStack();
    const logging = stateMachineOf().LoggingConfiguration;

    expect(logging.Level).toBe('ALL');
    expect(logging.IncludeExecutionData).toBe(false);
    template.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: '/aws/vendedlogs/states/order-workflow',
      RetentionInDays: 30,
    });
  });

  it('logs only errors when -c workflowLogLevel=ERROR', () => {
    const logging = stateMachineOf({
      workflowLogLevel: 'ERROR',
    }).LoggingConfiguration;

    expect(logging.Level).toBe('ERROR');
  });

  it('is named order-workflow', () => {
    expect(stateMachineOf().StateMachineName).toBe('order-workflow');
  });

  it('exports the names and addresses the other tools need', () => {
    const { template } = synthTestStack();

    expect(Object.keys(template.toJSON().Outputs).sort()).toEqual([
      'AlarmStateChangeRuleName',
      'AlarmTransitionsTableName',
      'AlertTopicArn',
      'DeadLetterQueueUrl',
      'EventBusName',
      'FulfillmentFunctionName',
      'OrderValidationFunctionName',
      'OrdersTableName',
      'PaymentProcessingFunctionName',
      'ResponderFunctionName',
      'StateMachineArn',
    ]);
  });
});
