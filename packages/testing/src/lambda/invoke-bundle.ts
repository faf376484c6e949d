import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Imports the bundle, invokes its handler once with a Lambda-like context
// and prints the outcome as the last line.
const INVOKE = `
const [bundle, input] = process.argv.slice(1);
const { handler } = await import(bundle);
const context = {
  awsRequestId: 'req-1',
  functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
  getRemainingTimeInMillis: () => 5000,
};
const outcome = await handler(JSON.parse(input), context).then(
  (result) => ({ result }),
  (error) => ({ error: { name: error.name, message: error.message } }),
);
process.stdout.write('\\n' + JSON.stringify(outcome) + '\\n');
`;

/**
 * What one invocation of a bundle gave: `{ result }` or
 * `{ error: { name, message } }`, and everything it printed.
 *
 * @example
 * const { outcome, stdout }: BundleInvocation = await invokeBundle(...);
 */
export interface BundleInvocation {
  outcome: Record<string, unknown>;
  stdout: string;
}

/**
 * Runs a built Lambda bundle (an ESM file exporting `handler`) in a fresh
 * Node process, copied alone into an empty folder so that nothing outside
 * the bundle can be resolved, with only `PATH` and the environment given,
 * and invokes its handler once. The process is ended after 20 seconds.
 *
 * @example
 * const bundle = fileURLToPath(
 *   new URL('../../dist/handler.js', import.meta.url),
 * );
 * const { outcome } = await invokeBundle(bundle, event, {
 *   AWS_ENDPOINT_URL: cloud.endpoint,
 * });
 */
export async function invokeBundle(
  bundlePath: string,
  input: unknown,
  environment: Record<string, string>,
): Promise<BundleInvocation> {
  const folder = await mkdtemp(join(tmpdir(), 'lambda-bundle-'));
  const bundle = join(folder, 'handler.mjs');
  await copyFile(bundlePath, bundle);
  try {
    const stdout = await runInvocation(bundle, input, environment);
    const lines = stdout.trim().split('\n');

    return { outcome: JSON.parse(lines.at(-1) ?? '{}'), stdout };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function runInvocation(
  bundle: string,
  input: unknown,
  environment: Record<string, string>,
): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', INVOKE, bundle, JSON.stringify(input)],
      {
        env: { PATH: process.env.PATH ?? '', ...environment },
        timeout: 20_000,
      },
      (error, out, err) =>
        error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out),
    );
  });
}
