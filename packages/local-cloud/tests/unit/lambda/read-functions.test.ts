import { describe, expect, it } from 'vitest';
import {
  LambdaConfigurationError,
  type ReferenceResolver,
  readFunctions,
} from '../../../src/lambda/index.js';

const template = {
  Resources: {
    OrdersTable: { Type: 'AWS::DynamoDB::Table', Properties: {} },
    Workflow: { Type: 'AWS::StepFunctions::StateMachine', Properties: {} },
    ChargeFunction: {
      Type: 'AWS::Lambda::Function',
      Properties: {
        FunctionName: 'payment-processing',
        Handler: 'index.handler',
        Timeout: 15,
        MemorySize: 512,
        ReservedConcurrentExecutions: 5,
        Environment: {
          Variables: {
            TABLE: { Ref: 'OrdersTable' },
            TABLE_ARN: { 'Fn::GetAtt': ['OrdersTable', 'Arn'] },
            WORKFLOW: { Ref: 'Workflow' },
            QUEUE_URL: {
              'Fn::Join': ['', ['https://sqs.', { Ref: 'AWS::Region' }, '/q']],
            },
          },
        },
      },
      Metadata: { 'aws:asset:path': 'asset.abc' },
    },
    UnnamedFunction: {
      Type: 'AWS::Lambda::Function',
      Properties: { Handler: 'main.run' },
      Metadata: { 'aws:asset:path': 'asset.def' },
    },
  },
};

const resolve: ReferenceResolver = (logicalId, attribute) => {
  const physical: Record<string, string> = {
    OrdersTable: 'orders',
    'OrdersTable.Arn': 'arn:aws:dynamodb:eu-west-1:000000000000:table/orders',
    Workflow: 'arn:aws:states:eu-west-1:000000000000:stateMachine:wf',
  };

  return physical[attribute ? `${logicalId}.${attribute}` : logicalId];
};

describe('reading functions from a synthesized template', () => {
  it('reads each function with its bundle folder and resolved environment', () => {
    const functions = readFunctions(template, {
      assetRoot: '/cdk.out',
      resolve,
      region: 'eu-west-1',
    });

    expect(functions).toEqual([
      {
        name: 'payment-processing',
        codeDirectory: '/cdk.out/asset.abc',
        handler: 'index.handler',
        timeoutSeconds: 15,
        memoryMb: 512,
        reservedConcurrency: 5,
        environment: {
          TABLE: 'orders',
          TABLE_ARN: 'arn:aws:dynamodb:eu-west-1:000000000000:table/orders',
          WORKFLOW: 'arn:aws:states:eu-west-1:000000000000:stateMachine:wf',
          QUEUE_URL: 'https://sqs.eu-west-1/q',
        },
      },
      {
        name: 'UnnamedFunction',
        codeDirectory: '/cdk.out/asset.def',
        handler: 'main.run',
        timeoutSeconds: 3,
        memoryMb: 128,
        environment: {},
      },
    ]);
  });

  it('names the reference the resolver does not know', () => {
    const read = () =>
      readFunctions(template, {
        assetRoot: '/cdk.out',
        resolve: () => undefined,
      });

    expect(read).toThrow(LambdaConfigurationError);
    expect(read).toThrow('Ref "OrdersTable"');
  });

  it('refuses a function without its asset path', () => {
    const withoutAsset = {
      Resources: { Lost: { Type: 'AWS::Lambda::Function', Properties: {} } },
    };

    expect(() =>
      readFunctions(withoutAsset, { assetRoot: '/cdk.out', resolve }),
    ).toThrow('Function Lost has no Metadata "aws:asset:path"');
  });

  it('refuses a document that is not a template', () => {
    expect(() => readFunctions({}, { assetRoot: '/x', resolve })).toThrow(
      LambdaConfigurationError,
    );
  });
});
