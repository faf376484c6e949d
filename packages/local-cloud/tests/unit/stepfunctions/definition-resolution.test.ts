import { describe, expect, it } from 'vitest';
import {
  DefinitionResolutionError,
  templateStateMachines,
} from '../../../src/stepfunctions/index.js';

const template = {
  Resources: {
    Orders: {
      Type: 'AWS::DynamoDB::Table',
      Properties: { TableName: 'orders' },
    },
    Charge: {
      Type: 'AWS::Lambda::Function',
      Properties: { FunctionName: 'charge' },
    },
    Workflow: {
      Type: 'AWS::StepFunctions::StateMachine',
      Properties: {
        StateMachineName: 'checkout',
        RoleArn: { 'Fn::GetAtt': ['WorkflowRole', 'Arn'] },
        DefinitionString: {
          'Fn::Join': [
            '',
            [
              '{"StartAt":"Charge","States":{"Charge":{"Type":"Task","Resource":"arn:',
              { Ref: 'AWS::Partition' },
              ':states:::lambda:invoke","Parameters":{"FunctionName":"',
              { 'Fn::GetAtt': ['Charge', 'Arn'] },
              '"},"Next":"Save"},"Save":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:putItem","Parameters":{"TableName":"',
              { Ref: 'Orders' },
              '","Item":{"region":{"S":"${Region}"}}},"End":true}}}',
            ],
          ],
        },
        DefinitionSubstitutions: { Region: { Ref: 'AWS::Region' } },
      },
    },
    WorkflowRole: { Type: 'AWS::IAM::Role', Properties: {} },
  },
};

describe('templateStateMachines', () => {
  it('resolves Fn::Join, Ref, Fn::GetAtt and substitutions from the template', () => {
    const [machine] = templateStateMachines(template, { region: 'eu-west-1' });
    const definition = JSON.parse(machine?.definition ?? '{}');

    expect(machine?.name).toBe('checkout');
    expect(machine?.roleArn).toBe(
      'arn:aws:iam::000000000000:role/WorkflowRole',
    );
    expect(definition.States.Charge.Resource).toBe(
      'arn:aws:states:::lambda:invoke',
    );
    expect(definition.States.Charge.Parameters.FunctionName).toBe(
      'arn:aws:lambda:eu-west-1:000000000000:function:charge',
    );
    expect(definition.States.Save.Parameters.TableName).toBe('orders');
    expect(definition.States.Save.Parameters.Item.region.S).toBe('eu-west-1');
  });

  it('asks the given resolver before reading names from the template', () => {
    const [machine] = templateStateMachines(template, {
      resolve: (logicalId) =>
        logicalId === 'Orders' ? 'orders-blue' : undefined,
    });

    expect(
      JSON.parse(machine?.definition ?? '{}').States.Save.Parameters.TableName,
    ).toBe('orders-blue');
  });

  it('names the logical id it cannot resolve', () => {
    const broken = {
      Resources: {
        Workflow: {
          Type: 'AWS::StepFunctions::StateMachine',
          Properties: {
            DefinitionString: { 'Fn::Join': ['', [{ Ref: 'Missing' }]] },
          },
        },
      },
    };

    expect(() => templateStateMachines(broken)).toThrow(
      DefinitionResolutionError,
    );
    expect(() => templateStateMachines(broken)).toThrow(/Ref "Missing"/);
  });
});
