import { Command } from 'commander';
import { DemoError, DemoUsageError } from './errors.js';
import { runDemo } from './run-demo.js';

const program = new Command('demo')
  .description(
    'Reproduces an outage on the local order stack, names its root cause from the traces and reconciles every order.',
  )
  .option('--orders <n>', 'orders to send', '8')
  .option('--rate <r>', 'orders per second at most', '4')
  .option(
    '--scenario <name|file>',
    'load generator scenario',
    'dynamodb-throttle',
  )
  .option('--reports <dir>', 'folder of the report files', 'reports')
  .option('--cdk-out <dir>', 'synthesized stack (default apps/infra/cdk.out)')
  .option(
    '--verdict-timeout <s>',
    'longest wait for a verdict after the first fault',
    '60',
  )
  .option(
    '--alert-timeout <s>',
    "longest wait for the responder's alert after the first fault",
    '60',
  )
  .addHelpText(
    'after',
    `
Exit codes: 0 every order accounted for, a root cause named and an alert
received, 1 orders lost, no verdict or no alert, 2 bad option or missing
synthesized stack, 3 analyzer missing or failed, 70 internal error.`,
  )
  .action(async (options) => {
    const context = await runDemo({
      scenario: options.scenario,
      orders: positiveInteger('--orders', options.orders),
      rate: positiveInteger('--rate', options.rate),
      reportsDir: options.reports,
      cdkOut: options.cdkOut,
      verdictTimeoutSeconds: positiveInteger(
        '--verdict-timeout',
        options.verdictTimeout,
      ),
      alertTimeoutSeconds: positiveInteger(
        '--alert-timeout',
        options.alertTimeout,
      ),
    });
    for (const problem of context.problems) {
      process.stderr.write(`demo: ${problem}\n`);
    }
    process.exitCode = context.problems.length === 0 ? 0 : 1;
  });

function positiveInteger(flag: string, text: string): number {
  const value = Number(text);
  if (!(Number.isInteger(value) && value > 0)) {
    throw new DemoUsageError(
      `${flag} must be a positive integer, got "${text}".`,
    );
  }

  return value;
}

try {
  await program.parseAsync();
} catch (error) {
  const exitCode = (error as { exitCode?: unknown }).exitCode;
  if (error instanceof DemoError || typeof exitCode === 'number') {
    process.stderr.write(`demo: ${(error as Error).message}\n`);
    process.exitCode = exitCode as number;
  } else {
    process.stderr.write(
      `demo: internal error, please report it with the output below.\n${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = 70;
  }
}

// A local stack stopped while invocations were still in flight can leave
// handles behind; the demo is over and its output written, so end here.
process.exit(process.exitCode ?? 0);
