import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built `local-cloud` bin; turbo builds the package before its tests. */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** A running `local-cloud` child process and what it printed so far. */
export interface CliProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code once the process ends. */
  exited: Promise<number | null>;
}

/** Starts the built CLI with `args`; fails when the package is not built. */
export function spawnCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): CliProcess {
  if (!existsSync(CLI)) {
    throw new Error(
      `${CLI} is missing; run pnpm --filter @org/local-cloud build (turbo builds it before these tests).`,
    );
  }
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);

  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Waits until stdout holds `text`, or fails after `timeoutMs` or an early exit. */
export async function waitForOutput(
  cli: CliProcess,
  text: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void cli.exited.then(() => {
    ended = true;
  });
  while (!cli.stdout().includes(text)) {
    if (ended || Date.now() > deadline) {
      throw new Error(
        `The CLI did not print "${text}". stdout:\n${cli.stdout()}\nstderr:\n${cli.stderr()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
