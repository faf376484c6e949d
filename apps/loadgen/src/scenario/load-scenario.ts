import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { ScenarioFileError } from '../errors.js';
import { type Scenario, ScenarioSchema } from './scenario-schema.js';

/**
 * The folder of the scenarios shipped with the load generator.
 *
 * @example
 * join(shippedScenarioFolder(), 'baseline.json');
 */
export function shippedScenarioFolder(): string {
  // src/scenario and dist/ both sit below the package root.
  const here = dirname(fileURLToPath(import.meta.url));
  const root = here.endsWith('scenario')
    ? join(here, '..', '..')
    : join(here, '..');

  return join(root, 'scenarios');
}

/**
 * Resolves `NAME|FILE`: a path when it ends in `.json` or holds a slash,
 * else a shipped scenario by name.
 *
 * @example
 * scenarioPath('baseline'); // '<package>/scenarios/baseline.json'
 */
export function scenarioPath(nameOrFile: string): string {
  if (nameOrFile.endsWith('.json') || nameOrFile.includes('/')) {
    return nameOrFile;
  }

  return join(shippedScenarioFolder(), `${nameOrFile}.json`);
}

/**
 * Validates scenario JSON text; the error names `file` and each bad field.
 *
 * @example
 * const scenario = parseScenario(text, 'custom.json');
 */
export function parseScenario(text: string, file: string): Scenario {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ScenarioFileError(file, [`not JSON: ${reason}`], { cause });
  }
  const result = ScenarioSchema.safeParse(value);
  if (!result.success) {
    throw new ScenarioFileError(file, describeIssues(result.error.issues));
  }

  return result.data;
}

/**
 * Reads and validates a scenario by shipped name or file path.
 *
 * @example
 * const scenario = await loadScenario('dynamodb-throttle');
 */
export async function loadScenario(nameOrFile: string): Promise<Scenario> {
  const file = scenarioPath(nameOrFile);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new ScenarioFileError(
      file,
      [`cannot be read; pass a shipped name or an existing JSON file`],
      { cause },
    );
  }

  return parseScenario(text, file);
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(root)';

    return `${field}: ${issue.message}`;
  });
}
