import { isAbsolute, join } from 'node:path';
import type {
  FunctionConfig,
  ResolvedFunctionConfig,
} from './function-config.js';
import { LambdaConfigurationError } from './lambda-errors.js';
import type { LocalLambda } from './local-lambda.js';
import {
  type ReferenceResolver,
  resolveTemplateValue,
} from './template-values.js';

/** Options of {@link readFunctions} and {@link deployFunctions}. */
export interface DeployFunctionsOptions {
  /** The folder the template's `aws:asset:path` values are relative to (the cdk.out). */
  assetRoot: string;
  /** Physical names and ARNs of the template's other resources. */
  resolve: ReferenceResolver;
  /** For `AWS::Region`. Default `us-east-1`. */
  region?: string;
  /** For `AWS::AccountId`. Default `000000000000`. */
  accountId?: string;
}

interface TemplateResource {
  Type?: string;
  Properties?: Record<string, unknown>;
  Metadata?: Record<string, unknown>;
}

/**
 * Reads the `AWS::Lambda::Function` resources of a synthesized template:
 * name (`FunctionName`, else the logical id), bundle folder
 * (`Metadata["aws:asset:path"]` under `assetRoot`), handler, environment
 * (intrinsics resolved), timeout, memory and reserved concurrency.
 *
 * @example
 * const functions = readFunctions(template, { assetRoot: 'cdk.out', resolve });
 */
export function readFunctions(
  template: unknown,
  options: DeployFunctionsOptions,
): FunctionConfig[] {
  const resources = (template as { Resources?: unknown })?.Resources;
  if (resources === null || typeof resources !== 'object') {
    throw new LambdaConfigurationError(
      'The template has no Resources object; pass the parsed JSON of a synthesized template.',
    );
  }

  return Object.entries(resources as Record<string, TemplateResource>)
    .filter(([, resource]) => resource?.Type === 'AWS::Lambda::Function')
    .map(([logicalId, resource]) => readFunction(logicalId, resource, options));
}

/**
 * Registers every function of a synthesized template with `lambda`.
 *
 * @example
 * const template = JSON.parse(readFileSync('cdk.out/ServerlessOrderStack.template.json', 'utf8'));
 * deployFunctions(lambda, template, { assetRoot: 'cdk.out', resolve });
 */
export function deployFunctions(
  lambda: LocalLambda,
  template: unknown,
  options: DeployFunctionsOptions,
): ResolvedFunctionConfig[] {
  return readFunctions(template, {
    region: lambda.region,
    accountId: lambda.accountId,
    ...options,
  }).map((config) => lambda.register(config));
}

function readFunction(
  logicalId: string,
  resource: TemplateResource,
  options: DeployFunctionsOptions,
): FunctionConfig {
  const properties = resource.Properties ?? {};
  const assetPath = resource.Metadata?.['aws:asset:path'];
  if (typeof assetPath !== 'string') {
    throw new LambdaConfigurationError(
      `Function ${logicalId} has no Metadata "aws:asset:path"; synthesize with asset metadata enabled (the CDK's default).`,
    );
  }

  const pseudo = {
    region: options.region ?? 'us-east-1',
    accountId: options.accountId ?? '000000000000',
  };
  const name =
    properties.FunctionName === undefined
      ? logicalId
      : resolveTemplateValue(properties.FunctionName, options.resolve, pseudo);
  const variables =
    (properties.Environment as { Variables?: Record<string, unknown> })
      ?.Variables ?? {};
  const environment: Record<string, string> = {};
  for (const [key, value] of Object.entries(variables)) {
    environment[key] = resolveTemplateValue(value, options.resolve, pseudo);
  }

  return {
    name,
    codeDirectory: isAbsolute(assetPath)
      ? assetPath
      : join(options.assetRoot, assetPath),
    handler:
      typeof properties.Handler === 'string' ? properties.Handler : undefined,
    environment,
    timeoutSeconds: numberOr(properties.Timeout, 3),
    memoryMb: numberOr(properties.MemorySize, 128),
    ...(properties.ReservedConcurrentExecutions === undefined
      ? {}
      : {
          reservedConcurrency: Number(properties.ReservedConcurrentExecutions),
        }),
  };
}

function numberOr(value: unknown, fallback: number): number {
  return value === undefined ? fallback : Number(value);
}
