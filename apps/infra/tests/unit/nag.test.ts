import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Stack } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { afterAll, describe, expect, it } from 'vitest';
import { createOrderApp } from '../../src/create-order-app.js';
import { NagFindingsError } from '../../src/errors.js';
import {
  assertNoNagFindings,
  findNagFindings,
} from '../../src/nag/nag-findings.js';
import { synthTestStack } from './synth-template.js';

const outdir = mkdtempSync(join(tmpdir(), 'infra-nag-'));

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
});

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
      alertWebhookSecret: 'alerts/webhook',
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

  it('stops the synth itself on an unacknowledged finding', () => {
    const { app, stack } = createOrderApp({
      context: { lambdaCode: 'placeholder' },
      cloudFormationValidation: false,
      outdir,
    });
    new Queue(stack, 'PlainQueue');

    expect(() => app.synth()).toThrow(/AwsSolutions-SQS4/);
  });

  it('records each acknowledgement and its reason in the template', () => {
    const { template } = synthTestStack();
    const [queue] = Object.values(template.findResources('AWS::SQS::Queue'));
    const acknowledged = queue?.Metadata?.cdk_nag?.rules_to_suppress ?? [];

    expect(acknowledged).toContainEqual({
      id: 'AwsSolutions-SQS3',
      reason: expect.stringContaining('dead-letter queue'),
    });
  });
});
