import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InfraError } from '../errors.js';

/**
 * Finds the monorepo's root (the folder with `pnpm-workspace.yaml`) from
 * `start` upwards. Works from `src/` under tsx and from `dist/` alike.
 *
 * @example
 * findWorkspaceRoot(); // '/work/main'
 */
export function findWorkspaceRoot(
  start: string = dirname(fileURLToPath(import.meta.url)),
): string {
  let folder = start;
  while (!existsSync(join(folder, 'pnpm-workspace.yaml'))) {
    const parent = dirname(folder);
    if (parent === folder) {
      throw new InfraError(
        `No pnpm-workspace.yaml above ${start}: run the infra app from inside the monorepo.`,
      );
    }
    folder = parent;
  }

  return folder;
}

/**
 * The entry point of a Lambda app: `apps/<service>/src/handler.ts`.
 *
 * @example
 * handlerEntry('/work/main', 'fulfillment');
 * // '/work/main/apps/fulfillment/src/handler.ts'
 */
export function handlerEntry(workspaceRoot: string, service: string): string {
  return join(workspaceRoot, 'apps', service, 'src', 'handler.ts');
}
