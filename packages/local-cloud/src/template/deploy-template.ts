import { LOCAL_ACCOUNT_ID } from '../dynamodb/throttle-error.js';
import { TemplateDeploymentError } from '../errors.js';
import { readFunctions } from '../lambda/deploy-functions.js';
import type { ResolvedFunctionConfig } from '../lambda/function-config.js';
import type { LocalCloud } from '../local-cloud.js';
import type { Queue } from '../sqs/queue.js';
import { deployStateMachines } from '../stepfunctions/deploy-state-machines.js';
import type { StateMachineRecord } from '../stepfunctions/execution-model.js';
import { templateResolver } from '../stepfunctions/template-resolver.js';
import {
  deployEventBuses,
  deployQueues,
  deployRules,
  type ValueOf,
} from './template-events.js';
import { templateResources } from './template-resources.js';
import { deployTables } from './template-tables.js';
import {
  type TemplatePseudoParameters,
  type TemplateResolver,
  templateValueResolver,
} from './template-values.js';

/** Options of {@link deployTemplate}. */
export interface DeployTemplateOptions {
  /** The folder the functions' `aws:asset:path` values are relative to (the cdk.out). */
  assetRoot: string;
  /**
   * Values for environment variables, given to every function that
   * declares the variable, such as `{ PAYMENT_PROVIDER_URL: cloud.paymentProvider.url }`.
   */
  variables?: Record<string, string>;
  /** For `AWS::StackName`. Default `local`. */
  stackName?: string;
}

/** What {@link deployTemplate} created in the local cloud. */
export interface DeployedStack {
  tables: string[];
  eventBuses: string[];
  queues: { logicalId: string; name: string; url: string; arn: string }[];
  functions: ResolvedFunctionConfig[];
  stateMachines: StateMachineRecord[];
  rules: string[];
  /** The template's outputs, resolved to local names, URLs and ARNs. */
  outputs: Record<string, string>;
  /** Resources with no local counterpart (roles, policies, log groups, …). */
  skipped: { logicalId: string; type: string }[];
}

const DEPLOYED_TYPES = new Set([
  'AWS::DynamoDB::Table',
  'AWS::SQS::Queue',
  'AWS::Events::EventBus',
  'AWS::Events::Rule',
  'AWS::Lambda::Function',
  'AWS::StepFunctions::StateMachine',
]);

const resolveValue = templateValueResolver(TemplateDeploymentError);

/**
 * Deploys a synthesized CloudFormation template into a running local
 * cloud: DynamoDB tables, SQS queues, event buses, Lambda functions (from
 * their asset folders), state machines and rules with their targets, in
 * that order, every reference resolved to its local name, URL or ARN.
 *
 * @example
 * const template = JSON.parse(readFileSync('apps/infra/cdk.out/ServerlessOrderStack.template.json', 'utf8'));
 * const stack = await deployTemplate(cloud, template, {
 *   assetRoot: 'apps/infra/cdk.out',
 *   variables: { PAYMENT_PROVIDER_URL: cloud.paymentProvider.url },
 * });
 * stack.outputs.StateMachineArn; // 'arn:aws:states:us-east-1:000000000000:stateMachine:order-workflow'
 */
export async function deployTemplate(
  cloud: LocalCloud,
  template: unknown,
  options: DeployTemplateOptions,
): Promise<DeployedStack> {
  const resources = templateResources(template);
  const pseudo: TemplatePseudoParameters = {
    region: cloud.region,
    accountId: LOCAL_ACCOUNT_ID,
    stackName: options.stackName ?? 'local',
  };
  const tables = await deployTables(cloud.dynamodb.request, template);
  const queues = deployQueues(cloud.sqs, template);
  const resolve = localResolver(template, pseudo, queues);
  const valueOf: ValueOf = (value) => resolveValue(value, resolve, pseudo);
  const eventBuses = deployEventBuses(cloud.events.buses, template);
  const functions = readFunctions(template, {
    assetRoot: options.assetRoot,
    resolve,
    region: pseudo.region,
    accountId: pseudo.accountId,
  }).map((config) =>
    cloud.lambda.register({
      ...config,
      environment: withVariables(config.environment ?? {}, options.variables),
    }),
  );
  const stateMachines = deployStateMachines(cloud.stepFunctions, template, {
    resolve,
    region: pseudo.region,
    accountId: pseudo.accountId,
  });
  const rules = deployRules(cloud.events.buses, template, valueOf);

  return {
    tables,
    eventBuses,
    queues: [...queues].map(([logicalId, queue]) => ({
      logicalId,
      name: queue.name,
      url: queue.url,
      arn: queue.arn,
    })),
    functions,
    stateMachines,
    rules,
    outputs: resolveOutputs(template, valueOf),
    skipped: Object.entries(resources)
      .filter(([, resource]) => !DEPLOYED_TYPES.has(resource?.Type ?? ''))
      .map(([logicalId, resource]) => ({
        logicalId,
        type: resource?.Type ?? 'unknown',
      })),
  };
}

function localResolver(
  template: unknown,
  pseudo: TemplatePseudoParameters,
  queues: Map<string, Queue>,
): TemplateResolver {
  const fromTemplate = templateResolver(template, pseudo);

  return (logicalId, attribute) => {
    const queue = queues.get(logicalId);
    if (queue === undefined) return fromTemplate(logicalId, attribute);
    if (attribute === undefined || attribute === 'QueueUrl') return queue.url;
    if (attribute === 'QueueName') return queue.name;
    return attribute === 'Arn' ? queue.arn : undefined;
  };
}

function withVariables(
  environment: Record<string, string>,
  variables: Record<string, string> = {},
): Record<string, string> {
  const merged = { ...environment };
  for (const [key, value] of Object.entries(variables)) {
    if (key in merged) merged[key] = value;
  }

  return merged;
}

function resolveOutputs(
  template: unknown,
  valueOf: ValueOf,
): Record<string, string> {
  const outputs =
    (template as { Outputs?: Record<string, { Value?: unknown }> }).Outputs ??
    {};

  return Object.fromEntries(
    Object.entries(outputs).map(([name, output]) => [
      name,
      valueOf(output.Value),
    ]),
  );
}
