import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { ContextValueError } from '../../src/errors.js';
import { ServerlessOrderStack } from '../../src/serverless-order-stack.js';
import { resourcesOfType, synthTestStack } from './synth-template.js';

function tableOf(context: Record<string, unknown> = {}) {
  const { template } = synthTestStack(context);
  const [table] = Object.values(
    resourcesOfType(template, 'AWS::DynamoDB::Table'),
  );

  return table?.Properties ?? {};
}

describe('orders table', () => {
  it('is named orders, keyed by orderId, on demand, with point-in-time recovery', () => {
    expect(tableOf()).toMatchObject({
      TableName: 'orders',
      KeySchema: [{ AttributeName: 'orderId', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'orderId', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it('switches to provisioned capacity with the given units', () => {
    const table = tableOf({
      tableBilling: 'provisioned',
      readCapacity: '1',
      writeCapacity: '2',
    });

    // PROVISIONED is CloudFormation's default, so CDK leaves it out.
    expect(table.BillingMode ?? 'PROVISIONED').toBe('PROVISIONED');
    expect(table.ProvisionedThroughput).toEqual({
      ReadCapacityUnits: 1,
      WriteCapacityUnits: 2,
    });
  });

  it('refuses capacity that is not a whole number of at least 1', () => {
    const app = new App({
      context: {
        lambdaCode: 'placeholder',
        tableBilling: 'provisioned',
        writeCapacity: '0.5',
      },
    });

    expect(() => new ServerlessOrderStack(app, 'Stack')).toThrow(
      ContextValueError,
    );
  });
});
