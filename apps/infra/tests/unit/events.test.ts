import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { resourcesOfType, synthTestStack } from './synth-template.js';

const { template } = synthTestStack();

describe('order events', () => {
  it('creates the orders bus', () => {
    template.hasResourceProperties('AWS::Events::EventBus', { Name: 'orders' });
  });

  it('routes OrderCreated of com.ecommerce.orders to order-validation', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: { Ref: Match.stringLikeRegexp('^EventsBus') },
      EventPattern: {
        source: ['com.ecommerce.orders'],
        'detail-type': ['OrderCreated'],
      },
      Targets: [
        Match.objectLike({
          Arn: {
            'Fn::GetAtt': [Match.stringLikeRegexp('OrderValidation'), 'Arn'],
          },
        }),
      ],
    });
  });

  it('retries deliveries, then parks them in the dead-letter queue', () => {
    const [rule] = Object.values(
      resourcesOfType(template, 'AWS::Events::Rule'),
    );
    const [target] = rule?.Properties.Targets as Record<string, any>[];

    expect(target?.RetryPolicy).toEqual({
      MaximumEventAgeInSeconds: 7200,
      MaximumRetryAttempts: 8,
    });
    expect(target?.DeadLetterConfig).toEqual({
      Arn: {
        'Fn::GetAtt': [expect.stringMatching(/^EventsDeadLetterQueue/), 'Arn'],
      },
    });
  });

  it('encrypts the dead-letter queue with keys EventBridge can use', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
    });
  });

  it('lets only the rule send to the dead-letter queue, and only over TLS', () => {
    const [policy] = Object.values(
      resourcesOfType(template, 'AWS::SQS::QueuePolicy'),
    );
    const statements = (
      policy?.Properties.PolicyDocument as { Statement: any[] }
    ).Statement;
    const denyPlainHttp = statements.find(
      (statement) => statement.Effect === 'Deny',
    );
    const allowRule = statements.find(
      (statement) => statement.Effect === 'Allow',
    );

    expect(denyPlainHttp?.Condition).toEqual({
      Bool: { 'aws:SecureTransport': 'false' },
    });
    expect(allowRule?.Principal).toEqual({ Service: 'events.amazonaws.com' });
    expect(allowRule?.Condition?.ArnEquals?.['aws:SourceArn']).toBeDefined();
  });
});
