import { Template } from 'aws-cdk-lib/assertions';
import { createOrderApp } from '../../src/create-order-app.js';
import type { ServerlessOrderStack } from '../../src/serverless-order-stack.js';

/** A synthesized test stack and its template. */
export interface SynthesizedTestStack {
  stack: ServerlessOrderStack;
  template: Template;
}

const cache = new Map<string, SynthesizedTestStack>();

/**
 * Builds the stack with placeholder code (the Lambda apps are not needed)
 * and without CDK's CloudFormation validation, once per context.
 */
export function synthTestStack(
  context: Record<string, unknown> = {},
): SynthesizedTestStack {
  const key = JSON.stringify(context);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;

  const { stack } = createOrderApp({
    context: { lambdaCode: 'placeholder', ...context },
    cloudFormationValidation: false,
  });
  const synthesized = { stack, template: Template.fromStack(stack) };
  cache.set(key, synthesized);

  return synthesized;
}

/** The template's resources of one type, by logical id. */
export function resourcesOfType(
  template: Template,
  type: string,
): Record<string, { Properties: Record<string, unknown> }> {
  return template.findResources(type) as Record<
    string,
    { Properties: Record<string, unknown> }
  >;
}

/**
 * Turns an `Fn::Join` (or a plain string) into text, with every
 * intrinsic replaced by `"<token>"`, so that a definition can be parsed.
 */
export function joinToText(value: unknown): string {
  if (typeof value === 'string') return value;
  const join = (value as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (join === undefined) throw new Error('Expected an Fn::Join');

  return join[1]
    .map((part) => (typeof part === 'string' ? part : '<token>'))
    .join(join[0]);
}

/** The state machine's definition, parsed. */
export function workflowDefinition(template: Template): {
  StartAt: string;
  QueryLanguage?: string;
  States: Record<string, Record<string, unknown>>;
} {
  const machines = resourcesOfType(
    template,
    'AWS::StepFunctions::StateMachine',
  );
  const [machine] = Object.values(machines);
  if (machine === undefined) throw new Error('No state machine');

  return JSON.parse(joinToText(machine.Properties.DefinitionString));
}
