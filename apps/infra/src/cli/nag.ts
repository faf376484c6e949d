import { parseArgs } from 'node:util';
import { ContextKey } from '../config/context-keys.js';
import { createOrderApp } from '../create-order-app.js';
import { InfraError } from '../errors.js';
import { findNagFindings } from '../nag/nag-findings.js';

// Checks the stack with cdk-nag's AwsSolutions pack and exits 1 on any
// unacknowledged finding. Takes `-c key=value` like `cdk synth`. Code is a
// placeholder unless `-c lambdaCode=bundle`: the checks do not read it.
function contextFromArguments(): Record<string, string> {
  const { values } = parseArgs({
    options: { context: { type: 'string', short: 'c', multiple: true } },
  });
  const pairs = (values.context ?? []).map((pair) => {
    const separator = pair.indexOf('=');
    if (separator < 1) {
      throw new InfraError(`-c ${pair} is not KEY=VALUE: write -c key=value.`);
    }
    return [pair.slice(0, separator), pair.slice(separator + 1)] as const;
  });

  return {
    [ContextKey.LambdaCode]: 'placeholder',
    ...Object.fromEntries(pairs),
  };
}

try {
  const { stack } = createOrderApp({ context: contextFromArguments() });
  const findings = findNagFindings(stack);
  for (const finding of findings) {
    process.stderr.write(`${finding.ruleId} at ${finding.resource}\n`);
  }
  process.stdout.write(
    `cdk-nag AwsSolutions: ${findings.length} unacknowledged finding(s)\n`,
  );
  if (findings.length > 0) process.exitCode = 1;
} catch (error) {
  if (!(error instanceof InfraError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
