import { describe, expect, it } from 'vitest';
import { resourcesOfType, synthTestStack } from './synth-template.js';

type Statement = { Action: string | string[]; Resource: unknown };

const { template } = synthTestStack();
const policies = resourcesOfType(template, 'AWS::IAM::Policy');

function statementsOf(policyPrefix: string): Statement[] {
  return Object.entries(policies)
    .filter(([logicalId]) => logicalId.startsWith(policyPrefix))
    .flatMap(
      ([, policy]) =>
        (policy.Properties.PolicyDocument as { Statement: Statement[] })
          .Statement,
    );
}

function actionsOf(statement: Statement): string[] {
  return Array.isArray(statement.Action)
    ? statement.Action
    : [statement.Action];
}

function tableActionsOf(policyPrefix: string): string[] {
  return statementsOf(policyPrefix)
    .flatMap(actionsOf)
    .filter((action) => action.startsWith('dynamodb:'))
    .sort();
}

describe('IAM statements', () => {
  it('grants no wildcard action anywhere in the stack', () => {
    const actions = Object.keys(policies).flatMap((id) =>
      statementsOf(id).flatMap(actionsOf),
    );

    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(action).not.toContain('*');
  });

  it('lets order-validation only read and create orders and start the workflow', () => {
    const actions = statementsOf('FunctionsOrderValidationRole').flatMap(
      actionsOf,
    );

    expect(tableActionsOf('FunctionsOrderValidationRole')).toEqual([
      'dynamodb:GetItem',
      'dynamodb:PutItem',
    ]);
    expect(actions).toContain('states:StartExecution');
    expect(actions).toContain('events:PutEvents');
  });

  it('lets the workflow functions only read and update orders', () => {
    for (const prefix of [
      'FunctionsPaymentProcessingRole',
      'FunctionsFulfillmentRole',
    ]) {
      expect(tableActionsOf(prefix)).toEqual([
        'dynamodb:GetItem',
        'dynamodb:UpdateItem',
      ]);
      expect(statementsOf(prefix).flatMap(actionsOf)).not.toContain(
        'states:StartExecution',
      );
    }
  });

  it('lets the workflow only update the table on its failure path', () => {
    expect(tableActionsOf('OrderWorkflowRole')).toEqual([
      'dynamodb:UpdateItem',
    ]);
  });

  it('scopes every orders-table statement to the orders table, not to *', () => {
    const tableStatements = Object.keys(policies)
      .filter((id) => !id.startsWith('Responder'))
      .flatMap((id) => statementsOf(id))
      .filter((statement) =>
        actionsOf(statement).some((action) => action.startsWith('dynamodb:')),
      );

    expect(tableStatements.length).toBeGreaterThan(0);
    for (const statement of tableStatements) {
      expect(statement.Resource).not.toBe('*');
      expect(JSON.stringify(statement.Resource)).toContain('OrdersTable');
    }
  });
});
