import { Command } from 'commander';
import { runCommand } from './cli/run-command.js';
import { LoadgenError } from './errors.js';

const EXAMPLES = `
Examples:
  $ loadgen run --scenario baseline
  $ loadgen run --scenario dynamodb-throttle --orders 200 --concurrency 20
  $ loadgen run --scenario ./my-scenario.json --rate 50 --json
  $ loadgen run --scenario payment-outage --target aws --stack ServerlessOrderStack

Exit codes: 0 every order accounted for, 1 orders lost, 2 bad option,
scenario or missing synthesized stack, 3 target unavailable or no credentials, 4 EventBridge kept
refusing events, 5 outcomes unreadable at the end of the wait, 70
internal error.`;

const program = new Command('loadgen')
  .description(
    'Drives orders through the order pipeline under a fault scenario and checks that none is lost.',
  )
  .showHelpAfterError();

program
  .command('run')
  .description('Run a scenario and reconcile every order sent.')
  .requiredOption(
    '--scenario <name|file>',
    'shipped scenario name or JSON file',
  )
  .option('--orders <n>', 'distinct orders to send (overrides the scenario)')
  .option(
    '--concurrency <c>',
    'orders in flight at once (PutEvents calls of up to 10)',
  )
  .option('--rate <r>', 'events per second at most')
  .option(
    '--settle <seconds>',
    'longest wait for every order to settle (overrides the scenario)',
  )
  .option('--target <target>', 'local or aws', 'local')
  .option('--stack <name>', 'deployed stack to read outputs from (aws)')
  .option(
    '--cdk-out <dir>',
    'synthesized stack to deploy locally (default apps/infra/cdk.out)',
  )
  .option('--json', 'print the summary as JSON')
  .addHelpText('after', EXAMPLES)
  .action(async (options) => {
    process.exitCode = await runCommand(options);
  });

program.addHelpText('after', EXAMPLES);

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof LoadgenError) {
    process.stderr.write(`loadgen: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(
      `loadgen: internal error, please report it with the output below.\n${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = 70;
  }
}

// A local stack stopped while invocations were still in flight can leave
// handles behind; the run is over and its output written, so end here.
process.exit(process.exitCode ?? 0);
