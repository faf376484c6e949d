import { Stack } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { createOrderApp } from '../../src/create-order-app.js';
import { NagFindingsError } from '../../src/errors.js';
import {
  assertNoNagFindings,
  findNagFindings,
} from '../../src/nag/nag-findings.js';

function stackWith(context: Record<string, unknown>): Stack {
  return createOrderApp({
    context: { lambdaCode: 'placeholder', ...context },
    cloudFormationValidation: false,
  }).stack;
}

describe('cdk-nag AwsSolutions checks', () => {
  it('leaves no unacknowledged finding with the default settings', () => {
    expect(findNagFindings(stackWith({}))).toEqual([]);
  });

  it('leaves no unacknowledged finding with every switch turned', () => {
    const stack = stackWith({
      tableBilling: 'provisioned',
      readCapacity: 2,
      writeCapacity: 2,
      workflowLogLevel: 'ERROR',
      lumigoTokenSecret: 'lumigo/token',
      paymentProcessingConcurrency: 3,
    });

    expect(findNagFindings(stack)).toEqual([]);
  });

  it('reports a resource that breaks a rule, so that the check can fail', () => {
    const stack = stackWith({});
    new Queue(stack, 'PlainQueue');

    const findings = findNagFindings(stack);
    expect(findings.map((finding) => finding.ruleId)).toContain(
      'AwsSolutions-SQS4',
    );
    expect(() => assertNoNagFindings(stack)).toThrow(NagFindingsError);
  });
});
