import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { Code, Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import {
  type ICommandHooks,
  NodejsFunction,
  type NodejsFunctionProps,
  OutputFormat,
} from 'aws-cdk-lib/aws-lambda-nodejs';
import type { Construct } from 'constructs';
import type { LambdaCodeSource } from '../config/stack-settings.js';
import { findWorkspaceRoot, handlerEntry } from '../config/workspace-paths.js';
import { MissingHandlerError } from '../errors.js';

/** Everything a function needs except where its code comes from. */
export type FunctionShape = Omit<
  NodejsFunctionProps,
  'entry' | 'handler' | 'bundling' | 'code'
> &
  Required<Pick<NodejsFunctionProps, 'runtime'>>;

const PLACEHOLDER_HANDLER = [
  'exports.handler = async () => {',
  "  throw new Error('Placeholder code: synthesize with -c lambdaCode=bundle');",
  '};',
].join('\n');

// The bundles are CommonJS, but cdk.out lies inside this ESM package: a
// package.json in each asset keeps Node from reading index.js as ESM when
// the local cloud runs it from cdk.out.
const COMMONJS_MARKER_HOOKS: ICommandHooks = {
  beforeBundling: () => [],
  beforeInstall: () => [],
  afterBundling: (_inputDir, outputDir) => [
    `echo '{"type":"commonjs"}' > "${outputDir}/package.json"`,
  ],
};

/**
 * Creates a function whose code is either the service's `src/handler.ts`
 * bundled by the local esbuild (never Docker), or a placeholder inline
 * handler for tests that must not depend on the Lambda apps.
 *
 * @throws MissingHandlerError when bundling and the entry file is missing.
 * @example
 * createFunctionWithCode(stack, 'Fn', 'fulfillment', 'bundle', shape);
 */
export function createFunctionWithCode(
  scope: Construct,
  id: string,
  service: string,
  source: LambdaCodeSource,
  shape: FunctionShape,
): LambdaFunction {
  if (source === 'placeholder') {
    return new LambdaFunction(scope, id, {
      ...shape,
      handler: 'index.handler',
      code: Code.fromInline(PLACEHOLDER_HANDLER),
    });
  }

  const workspaceRoot = findWorkspaceRoot();
  const entry = handlerEntry(workspaceRoot, service);
  if (!existsSync(entry)) throw new MissingHandlerError(entry);

  return new NodejsFunction(scope, id, {
    ...shape,
    entry,
    handler: 'handler',
    projectRoot: workspaceRoot,
    depsLockFilePath: join(workspaceRoot, 'pnpm-lock.yaml'),
    bundling: {
      forceDockerBundling: false,
      format: OutputFormat.CJS,
      target: 'node22',
      sourceMap: true,
      minify: true,
      keepNames: true,
      // Bundle the AWS SDK too: the local cloud runs these bundles outside
      // the Lambda runtime, and one SDK version is captured by X-Ray alike.
      externalModules: [],
      commandHooks: COMMONJS_MARKER_HOOKS,
      // CDK runs `pnpm exec esbuild` at the workspace root; this app's own
      // esbuild (a devDependency) answers when the root links none.
      environment: {
        PATH: [
          join(workspaceRoot, 'apps', 'infra', 'node_modules', '.bin'),
          process.env.PATH ?? '',
        ].join(delimiter),
      },
    },
  });
}
