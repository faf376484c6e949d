import { fork } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import {
  resolveFunctionConfig,
  startEnvironment,
} from '../../../src/lambda/index.js';
import { fixture } from './fixtures.js';

const BENCH_OPTIONS = { time: 2_000, warmupTime: 200 };
const config = resolveFunctionConfig({
  name: 'echo',
  codeDirectory: fixture('echo'),
});
const environment = { PATH: process.env.PATH ?? '' };

// The child-process alternative: a Node.js process that loads the same
// bundle and says it is ready, as the worker runtime does.
const childRuntime = join(tmpdir(), 'local-lambda-child-runtime.cjs');
writeFileSync(
  childRuntime,
  `require(${JSON.stringify(join(config.codeDirectory, 'index.js'))});process.send('ready');`,
);

describe('starting an execution environment (cold start cost)', () => {
  bench(
    'worker thread (the choice)',
    async () => {
      const started = await startEnvironment(config, environment);
      await started.dispose();
    },
    BENCH_OPTIONS,
  );

  bench(
    'child process (reference)',
    async () => {
      const child = fork(childRuntime, { env: environment });
      await once(child, 'message');
      child.kill();
      await once(child, 'exit');
    },
    BENCH_OPTIONS,
  );
});
