import { join } from 'node:path';
import { createOrderApp } from '../create-order-app.js';
import { STACK_ID } from '../serverless-order-stack.js';

/** What {@link synthesizeOrderStack} takes. */
export interface SynthesizeOptions {
  /** Where the cloud assembly goes (created if missing). */
  outdir: string;
  /** Context values, as `-c key=value` would give them. */
  context?: Record<string, unknown>;
  /** Run CDK's built-in CloudFormation validation. Default true. */
  cloudFormationValidation?: boolean;
}

/** A Lambda function of the template and the folder of its bundle. */
export interface FunctionAsset {
  logicalId: string;
  functionName: string;
  /** Absolute path of the asset folder (`index.js` for bundled code). */
  assetDirectory: string;
  handler: string;
}

/** The synthesized stack: its template and where the bundles are. */
export interface SynthesizedOrderStack {
  /** Absolute path of `ServerlessOrderStack.template.json`. */
  templatePath: string;
  /** The template as parsed JSON. */
  template: Record<string, unknown>;
  /** Bundled functions, by function name; empty for placeholder code. */
  functionAssets: Record<string, FunctionAsset>;
}

interface TemplateResource {
  Type: string;
  Properties?: { FunctionName?: unknown; Handler?: unknown };
  Metadata?: Record<string, unknown>;
}

/**
 * Synthesizes the ServerlessOrderStack in this process (with the cdk-nag
 * checks, so it throws on unacknowledged findings) and returns the
 * template and the asset folders of the bundled functions. This is what
 * `pnpm --filter @org/infra synth` writes to `apps/infra/cdk.out`.
 *
 * @example
 * const { templatePath, functionAssets } = synthesizeOrderStack({
 *   outdir: '/tmp/cdk.out',
 * });
 * functionAssets['order-validation'].assetDirectory; // '/tmp/cdk.out/asset.…'
 */
export function synthesizeOrderStack(
  options: SynthesizeOptions,
): SynthesizedOrderStack {
  const { app } = createOrderApp({
    outdir: options.outdir,
    cloudFormationValidation: options.cloudFormationValidation,
    context: { 'aws:cdk:enable-asset-metadata': true, ...options.context },
  });
  const assembly = app.synth();
  const artifact = assembly.getStackByName(STACK_ID);
  const template = artifact.template as Record<string, unknown>;

  return {
    templatePath: artifact.templateFullPath,
    template,
    functionAssets: findFunctionAssets(template, assembly.directory),
  };
}

function findFunctionAssets(
  template: Record<string, unknown>,
  assemblyDirectory: string,
): Record<string, FunctionAsset> {
  const resources = (template.Resources ?? {}) as Record<
    string,
    TemplateResource
  >;
  const assets: Record<string, FunctionAsset> = {};
  for (const [logicalId, resource] of Object.entries(resources)) {
    const assetPath = resource.Metadata?.['aws:asset:path'];
    const functionName = resource.Properties?.FunctionName;
    if (resource.Type !== 'AWS::Lambda::Function') continue;
    if (typeof assetPath !== 'string' || typeof functionName !== 'string') {
      continue;
    }

    assets[functionName] = {
      logicalId,
      functionName,
      assetDirectory: join(assemblyDirectory, assetPath),
      handler: String(resource.Properties?.Handler ?? 'index.handler'),
    };
  }

  return assets;
}
