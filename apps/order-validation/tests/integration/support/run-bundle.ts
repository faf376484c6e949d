import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUNDLE = fileURLToPath(
  new URL('../../../dist/handler.js', import.meta.url),
);

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
 * Runs the built `dist/handler.js` in a fresh Node process, copied alone
 * into an empty folder (so nothing outside the bundle can be resolved),
 * with only the environment given, and invokes its handler once.
 */
export async function invokeBundle(
  input: unknown,
  environment: Record<string, string>,
): Promise<{ outcome: Record<string, unknown>; stdout: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'order-validation-bundle-'));
  const bundle = join(folder, 'handler.mjs');
  await copyFile(BUNDLE, bundle);
  try {
    const stdout = await new Promise<string>((resolve, reject) => {
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
    const lines = stdout.trim().split('\n');
    return { outcome: JSON.parse(lines.at(-1) ?? '{}'), stdout };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
