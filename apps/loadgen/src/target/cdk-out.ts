import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The stack the infra app synthesizes, whose template a local run deploys. */
export const STACK_NAME = 'ServerlessOrderStack';

/**
 * The cdk.out folder of apps/infra in this repository: the first
 * `apps/infra/cdk.out` found walking up from this module (which runs from
 * `src/target` under tests and from `dist` once built), else the same
 * path below the working directory.
 *
 * @example
 * defaultCdkOut(); // '/repo/apps/infra/cdk.out'
 */
export function defaultCdkOut(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(folder, 'apps', 'infra', 'cdk.out');
    if (existsSync(candidate)) {
      return candidate;
    }
    const parent = dirname(folder);
    if (parent === folder) {
      return resolve('apps', 'infra', 'cdk.out');
    }
    folder = parent;
  }
}

/**
 * Tells whether a cdk.out folder holds the synthesized order stack.
 *
 * @example
 * hasStackTemplate('apps/infra/cdk.out'); // true after a synth
 */
export function hasStackTemplate(cdkOut: string): boolean {
  return existsSync(join(cdkOut, `${STACK_NAME}.template.json`));
}
