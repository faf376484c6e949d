import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TemplateDeploymentError } from '../errors.js';

/**
 * Reads `<stackName>.template.json` from a cdk.out folder and parses it.
 * A missing or unreadable file is a {@link TemplateDeploymentError} that
 * says how to synthesize it.
 *
 * @example
 * const template = readStackTemplate('apps/infra/cdk.out', 'ServerlessOrderStack');
 */
export function readStackTemplate(cdkOut: string, stackName: string): unknown {
  const path = join(cdkOut, `${stackName}.template.json`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new TemplateDeploymentError(
      `Cannot read the synthesized template ${path}; synthesize the stack first (pnpm --filter @org/infra synth).`,
      { cause: error },
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new TemplateDeploymentError(
      `${path} is not valid JSON; synthesize the stack again.`,
      { cause: error },
    );
  }
}
