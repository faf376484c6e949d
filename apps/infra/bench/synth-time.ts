import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { synthesizeOrderStack } from '../src/synth/synthesize-order-stack.js';

// Prints how long an in-process synth takes with and without CDK's
// built-in CloudFormation validation, as a ratio against the plain synth
// measured in the same run (the unit tests turn validation off). Add
// `--bundle` to time the real bundling of the three handlers as well.

function synthMilliseconds(
  context: Record<string, unknown>,
  validate: boolean,
) {
  const outdir = mkdtempSync(join(tmpdir(), 'infra-bench-'));
  const start = performance.now();
  synthesizeOrderStack({ outdir, context, cloudFormationValidation: validate });
  const elapsed = performance.now() - start;
  rmSync(outdir, { recursive: true, force: true });

  return elapsed;
}

const placeholder = { lambdaCode: 'placeholder' };
synthMilliseconds(placeholder, false);
const plain = synthMilliseconds(placeholder, false);
const validated = synthMilliseconds(placeholder, true);

const rows: [string, number][] = [
  ['placeholder code, no validation (reference)', plain],
  ['placeholder code, CloudFormation validation', validated],
];
if (process.argv.includes('--bundle')) {
  rows.push(['bundled handlers, no validation', synthMilliseconds({}, false)]);
}

for (const [label, milliseconds] of rows) {
  const ratio = (milliseconds / plain).toFixed(1);
  process.stdout.write(
    `${label.padEnd(46)} ${Math.round(milliseconds).toString().padStart(7)} ms  x${ratio}\n`,
  );
}
