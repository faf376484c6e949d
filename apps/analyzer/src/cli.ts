import { exitCodeFor } from './exit.js';
import { run } from './run.js';

run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  isTty: process.stdout.isTTY === true,
}).then(
  () => {
    process.exitCode = 0;
  },
  (error: unknown) => {
    process.exitCode = exitCodeFor(error, process.stderr);
  },
);

// A reader that closes the pipe early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
