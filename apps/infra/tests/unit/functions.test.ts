import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { resourcesOfType, synthTestStack } from './synth-template.js';

type FunctionProperties = {
  FunctionName: string;
  Runtime: string;
  TracingConfig?: { Mode: string };
  ReservedConcurrentExecutions?: number;
  Environment: { Variables: Record<string, unknown> };
};

function functionsOf(context: Record<string, unknown> = {}) {
  const { template } = synthTestStack(context);
  const functions = resourcesOfType(template, 'AWS::Lambda::Function');

  return Object.fromEntries(
    Object.values(functions).map((resource) => {
      const properties = resource.Properties as FunctionProperties;
      return [properties.FunctionName, properties];
    }),
  ) as Record<string, FunctionProperties>;
}

const SERVICES = ['order-validation', 'payment-processing', 'fulfillment'];
const FUNCTIONS = [...SERVICES, 'rca-responder'];

describe('service functions', () => {
  it('creates the three functions and the responder on Node.js 22 with active tracing', () => {
    const functions = functionsOf();

    expect(Object.keys(functions).sort()).toEqual([...FUNCTIONS].sort());
    for (const fn of Object.values(functions)) {
      expect(fn.Runtime).toBe('nodejs22.x');
      expect(fn.TracingConfig).toEqual({ Mode: 'Active' });
    }
  });

  it('gives every function a log group with a retention period', () => {
    const { template } = synthTestStack();

    for (const service of SERVICES) {
      template.hasResourceProperties('AWS::Logs::LogGroup', {
        LogGroupName: `/aws/lambda/${service}`,
        RetentionInDays: 30,
      });
    }
  });

  it('keeps logs as long as -c logRetentionDays says', () => {
    const { template } = synthTestStack({ logRetentionDays: '7' });

    template.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: '/aws/lambda/fulfillment',
      RetentionInDays: 7,
    });
  });

  it('sets the environment of the Lambda contract', () => {
    const functions = functionsOf();
    const validation = functions['order-validation']?.Environment.Variables;
    const payment = functions['payment-processing']?.Environment.Variables;

    expect(validation).toMatchObject({
      ORDERS_TABLE_NAME: 'orders',
      EVENT_BUS_NAME: 'orders',
      SERVICE_NAME: 'order-validation',
      LOG_LEVEL: 'INFO',
    });
    expect(validation?.STATE_MACHINE_ARN).toEqual({
      Ref: expect.stringMatching(/^OrderWorkflow/),
    });
    expect(payment).toMatchObject({
      PAYMENT_PROVIDER_URL: 'https://payments.example.com',
      SERVICE_NAME: 'payment-processing',
    });
  });

  it('takes the payment provider URL and log level from the context', () => {
    const functions = functionsOf({
      paymentProviderUrl: 'http://127.0.0.1:4010',
      logLevel: 'DEBUG',
    });
    const payment = functions['payment-processing']?.Environment.Variables;

    expect(payment?.PAYMENT_PROVIDER_URL).toBe('http://127.0.0.1:4010');
    expect(payment?.LOG_LEVEL).toBe('DEBUG');
  });

  it('reserves no concurrency unless a context value asks for it', () => {
    const plain = functionsOf();
    const reserved = functionsOf({
      orderValidationConcurrency: '2',
      fulfillmentConcurrency: 5,
    });

    for (const fn of Object.values(plain)) {
      expect(fn.ReservedConcurrentExecutions).toBeUndefined();
    }
    expect(reserved['order-validation']?.ReservedConcurrentExecutions).toBe(2);
    expect(reserved.fulfillment?.ReservedConcurrentExecutions).toBe(5);
    expect(
      reserved['payment-processing']?.ReservedConcurrentExecutions,
    ).toBeUndefined();
  });

  it('leaves Lumigo out by default', () => {
    for (const fn of Object.values(functionsOf())) {
      expect(fn.Environment.Variables).not.toHaveProperty(
        'LUMIGO_TRACER_TOKEN',
      );
    }
  });

  it('passes the Lumigo token as a Secrets Manager dynamic reference when a secret is named', () => {
    const functions = functionsOf({ lumigoTokenSecret: 'lumigo/token' });

    for (const service of SERVICES) {
      const fn = functions[service] as FunctionProperties;
      expect(fn.Environment.Variables.LUMIGO_TRACER_TOKEN).toBe(
        '{{resolve:secretsmanager:lumigo/token:SecretString:::}}',
      );
    }
  });

  it('runs each function under a role of its own', () => {
    const { template } = synthTestStack();

    template.resourceCountIs('AWS::Lambda::Function', FUNCTIONS.length);
    template.allResourcesProperties('AWS::Lambda::Function', {
      Role: { 'Fn::GetAtt': [Match.stringLikeRegexp('Role'), 'Arn'] },
    });
  });
});
