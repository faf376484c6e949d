import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type RunningStack, startStack } from '../start-stack.js';
import { type LocalCliOptions, readCliRequest } from './cli-options.js';
import { exampleCommands } from './example-commands.js';
import { helpText } from './help-text.js';
import { portInUseMessage } from './port-in-use.js';
import { stackSummary } from './stack-summary.js';
import { type SignalSource, waitForStopSignal } from './stop-signal.js';

/** Where the CLI writes and what it listens to; `process` in production. */
export interface LocalCliHost {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  signals: SignalSource;
  /** Ends the process at once, on a second Ctrl-C. */
  exit(code: number): void;
}

/** The line the CLI prints once the stack is deployed and serving. */
export const READY_LINE = 'Ready. Press Ctrl-C to stop.';

/**
 * Runs `pnpm local`: starts the local cloud, deploys the synthesized
 * stack, prints its endpoints, resources, outputs and example commands,
 * then serves until SIGINT or SIGTERM and stops cleanly. Resolves with the
 * exit code: 0 after a clean stop, 1 when the stack fails to start, 2 for
 * bad arguments or a port in use.
 *
 * @example
 * process.exitCode = await runLocalCli({ ...process, argv: process.argv.slice(2), signals: process, exit: process.exit });
 */
export async function runLocalCli(host: LocalCliHost): Promise<number> {
  const request = readCliRequest(host.argv, host.env);
  if (request.kind === 'help') {
    host.stdout.write(helpText());
    return 0;
  }
  if (request.kind === 'invalid') {
    host.stderr.write(`${request.message} See --help.\n`);
    return 2;
  }
  const { options } = request;
  const template = resolve(
    options.cdkOut,
    `${options.stackName}.template.json`,
  );
  if (!existsSync(template)) {
    host.stderr.write(
      `No synthesized stack at ${template}; run pnpm --filter @org/infra synth, or start with pnpm local.\n`,
    );
    return 2;
  }

  const running = await start(options, host);
  if (typeof running === 'number') return running;

  host.stdout.write(
    `${stackSummary(running)}\n${exampleCommands(running)}\n${READY_LINE}\n`,
  );
  const signal = await waitForStopSignal(host.signals, () => {
    host.stderr.write('Forced to stop.\n');
    host.exit(130);
  });
  host.stderr.write(`${signal}: stopping (Ctrl-C again forces)…\n`);
  await running.cloud.stop();
  host.stderr.write('Stopped.\n');

  return 0;
}

async function start(
  options: LocalCliOptions,
  host: LocalCliHost,
): Promise<RunningStack | number> {
  try {
    return await startStack({
      cdkOut: options.cdkOut,
      stackName: options.stackName,
      port: options.port,
      xrayPort: options.xrayPort,
    });
  } catch (error) {
    const portMessage = portInUseMessage(error, options);
    if (portMessage !== undefined) {
      host.stderr.write(`${portMessage}\n`);
      return 2;
    }
    host.stderr.write(
      `The stack failed to start: ${(error as Error).message ?? String(error)}\n`,
    );
    return 1;
  }
}
