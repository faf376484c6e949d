import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { resourcesOfType, synthTestStack } from './synth-template.js';

type Statement = { Action: string | string[]; Resource: unknown };

const { template } = synthTestStack();

function responderStatements(): Statement[] {
  const policies = resourcesOfType(template, 'AWS::IAM::Policy');

  return Object.entries(policies)
    .filter(([logicalId]) => logicalId.startsWith('ResponderRole'))
    .flatMap(
      ([, policy]) =>
        (policy.Properties.PolicyDocument as { Statement: Statement[] })
          .Statement,
    );
}

function statementWith(action: string): Statement | undefined {
  return responderStatements().find((statement) =>
    [statement.Action].flat().includes(action),
  );
}

function alarmNames(): string[] {
  return Object.values(resourcesOfType(template, 'AWS::CloudWatch::Alarm'))
    .map((alarm) => alarm.Properties.AlarmName as string)
    .sort();
}

describe('rca-responder', () => {
  it('runs rca-responder with the topic ARN and transitions table in its environment', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'rca-responder',
      Timeout: 60,
      TracingConfig: { Mode: 'Active' },
      Environment: {
        Variables: Match.objectLike({
          SERVICE_NAME: 'rca-responder',
          IDEMPOTENCY_TABLE_NAME: 'rca-responder-transitions',
          LOOKBACK_SECONDS: '300',
          BASELINE_SECONDS: '300',
          ALERT_TOPIC_ARN: {
            'Fn::Join': [
              '',
              Match.arrayWith([':sns:', ':order-pipeline-alerts']),
            ],
          },
        }),
      },
    });
  });

  it('listens on the default bus to state changes of every stack alarm', () => {
    const rules = Object.values(resourcesOfType(template, 'AWS::Events::Rule'));
    const alarmRule = rules.find(
      (rule) =>
        (rule.Properties.EventPattern as { source?: string[] }).source?.[0] ===
        'aws.cloudwatch',
    );

    expect(alarmRule?.Properties.EventBusName).toBeUndefined();
    expect(alarmRule?.Properties.EventPattern).toMatchObject({
      'detail-type': ['CloudWatch Alarm State Change'],
    });
    const pattern = alarmRule?.Properties.EventPattern as {
      detail: { alarmName: string[] };
    };
    expect([...pattern.detail.alarmName].sort()).toEqual(alarmNames());
  });

  it('keeps handled transitions in a table of its own with a TTL', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'rca-responder-transitions',
      KeySchema: [{ AttributeName: 'transitionKey', KeyType: 'HASH' }],
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
  });

  it('may read X-Ray traces, publish to the topic and claim transitions, nothing more', () => {
    const actions = responderStatements()
      .flatMap((statement) => [statement.Action].flat())
      .filter((action) => !action.startsWith('logs:'))
      .filter((action) => !action.startsWith('xray:Put'))
      .sort();

    expect(actions).toEqual([
      'dynamodb:DeleteItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'kms:Decrypt',
      'kms:GenerateDataKey',
      'sns:Publish',
      'xray:BatchGetTraces',
      'xray:GetTraceSummaries',
    ]);
    expect(statementWith('sns:Publish')?.Resource).toEqual({
      Ref: expect.stringMatching(/^AlertTopic/),
    });
    expect(
      JSON.stringify(statementWith('dynamodb:PutItem')?.Resource),
    ).toContain('ResponderTransitionsTable');
  });

  it('reads the webhook secret only when -c alertWebhookSecret names one', () => {
    const { template: withWebhook } = synthTestStack({
      alertWebhookSecret: 'alerts/webhook',
    });

    withWebhook.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'rca-responder',
      Environment: {
        Variables: Match.objectLike({ WEBHOOK_SECRET_NAME: 'alerts/webhook' }),
      },
    });
    expect(statementWith('secretsmanager:GetSecretValue')).toBeUndefined();
    const webhookStatements = Object.values(
      resourcesOfType(withWebhook, 'AWS::IAM::Policy'),
    ).flatMap(
      (policy) =>
        (policy.Properties.PolicyDocument as { Statement: Statement[] })
          .Statement,
    );
    const secretRead = webhookStatements.find((statement) =>
      [statement.Action].flat().includes('secretsmanager:GetSecretValue'),
    );
    expect(JSON.stringify(secretRead?.Resource)).toContain(
      ':secret:alerts/webhook-??????',
    );
  });
});
