import type { StateMachineRecord } from './execution-model.js';
import type { LocalStepFunctions } from './local-step-functions.js';
import { DefinitionResolutionError } from './stepfunctions-errors.js';
import { templateResolver } from './template-resolver.js';
import {
  resolveValue,
  type TemplatePseudoParameters,
  type TemplateResolver,
} from './template-values.js';

/**
 * A state machine read from a template, its definition resolved.
 *
 * @example
 * const [workflow]: TemplateStateMachine[] = templateStateMachines(template);
 */
export interface TemplateStateMachine {
  logicalId: string;
  name: string;
  /** The definition as JSON text, every reference and substitution filled in. */
  definition: string;
  roleArn?: string;
  type: 'STANDARD' | 'EXPRESS';
}

/**
 * Options of {@link templateStateMachines} and {@link deployStateMachines}.
 *
 * @example
 * deployStateMachines(stepFunctions, template, { resolve: (id) => (id === 'OrdersTable' ? 'orders' : undefined) });
 */
export interface DeployStateMachinesOptions {
  /**
   * Physical values of logical ids, asked first. Default: names and ARNs
   * read from the template itself ({@link templateResolver}).
   */
  resolve?: TemplateResolver;
  /** Default `us-east-1`. */
  region?: string;
  /** Default `000000000000`. */
  accountId?: string;
}

interface Resource {
  Type?: string;
  Properties?: Record<string, unknown>;
}

/**
 * Reads the `AWS::StepFunctions::StateMachine` resources of a synthesized
 * template: resolves `DefinitionString` (`Fn::Join`, `Ref`, `Fn::GetAtt`,
 * `Fn::Sub`) and fills in `DefinitionSubstitutions`.
 *
 * @example
 * const [workflow] = templateStateMachines(template, { resolve });
 * JSON.parse(workflow.definition).StartAt; // 'ChargePayment'
 */
export function templateStateMachines(
  template: unknown,
  options: DeployStateMachinesOptions = {},
): TemplateStateMachine[] {
  const pseudo: TemplatePseudoParameters = {
    region: options.region ?? 'us-east-1',
    accountId: options.accountId ?? '000000000000',
  };
  const fallback = templateResolver(template, pseudo);
  const resolve: TemplateResolver = (logicalId, attribute) =>
    options.resolve?.(logicalId, attribute) ?? fallback(logicalId, attribute);
  const resources = (template as { Resources?: Record<string, Resource> })
    ?.Resources;

  return Object.entries(resources ?? {})
    .filter(
      ([, resource]) => resource.Type === 'AWS::StepFunctions::StateMachine',
    )
    .map(([logicalId, resource]) =>
      readStateMachine(logicalId, resource.Properties ?? {}, resolve, pseudo),
    );
}

/**
 * Registers every state machine of a template with a
 * {@link LocalStepFunctions}, under its `StateMachineName` (else its
 * logical id).
 *
 * @example
 * const template = JSON.parse(readFileSync('apps/infra/cdk.out/ServerlessOrderStack.template.json', 'utf8'));
 * const [workflow] = deployStateMachines(stepFunctions, template);
 */
export function deployStateMachines(
  stepFunctions: LocalStepFunctions,
  template: unknown,
  options: DeployStateMachinesOptions = {},
): StateMachineRecord[] {
  return templateStateMachines(template, {
    region: stepFunctions.region,
    accountId: stepFunctions.accountId,
    ...options,
  }).map((machine) =>
    stepFunctions.createStateMachine({
      name: machine.name,
      definition: machine.definition,
      roleArn: machine.roleArn,
      type: machine.type,
    }),
  );
}

function readStateMachine(
  logicalId: string,
  properties: Record<string, unknown>,
  resolve: TemplateResolver,
  pseudo: TemplatePseudoParameters,
): TemplateStateMachine {
  if (properties.DefinitionString === undefined) {
    throw new DefinitionResolutionError(
      `State machine ${logicalId} has no DefinitionString; synthesize it with a DefinitionString (the CDK's default).`,
    );
  }
  const substitutions = Object.entries(
    (properties.DefinitionSubstitutions ?? {}) as Record<string, unknown>,
  ).map(([key, value]) => [key, resolveValue(value, resolve, pseudo)]);
  let definition = resolveValue(properties.DefinitionString, resolve, pseudo);
  for (const [key, value] of substitutions) {
    definition = definition.replaceAll(`\${${key}}`, value as string);
  }

  return {
    logicalId,
    name:
      typeof properties.StateMachineName === 'string'
        ? properties.StateMachineName
        : logicalId,
    definition,
    ...(properties.RoleArn === undefined
      ? {}
      : { roleArn: resolveValue(properties.RoleArn, resolve, pseudo) }),
    type: properties.StateMachineType === 'EXPRESS' ? 'EXPRESS' : 'STANDARD',
  };
}
