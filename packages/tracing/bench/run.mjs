// Per-invocation overhead of tracing a Lambda handler: a bare handler,
// @org/tracing's withTracing, the raw aws-xray-sdk-core steps and
// @aws-lambda-powertools/tracer doing the same steps (handler subsegment,
// ColdStart and Service annotations, response as metadata).
//
// Each variant runs in a process of its own in a Lambda-like environment
// (LAMBDA_TASK_ROOT, a fresh sampled _X_AMZN_TRACE_ID per invocation),
// and the variants take turns in blocks, so that the machine's load
// falls on all of them alike. A UDP listener in another process stands in
// for the X-Ray daemon and counts the documents of each variant.
//
//   pnpm --filter @org/tracing bench [-- --iterations 5000 --block 250]
//
// The last line printed is a JSON object with the figures.
import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import { VARIANTS } from './variants.mjs';

const { values: args } = parseArgs({
  options: {
    iterations: { type: 'string', default: '5000' },
    warmup: { type: 'string', default: '500' },
    block: { type: 'string', default: '250' },
  },
});
const ITERATIONS = Number(args.iterations);
const WARMUP = Number(args.warmup);
const BLOCK = Number(args.block);

function nextMessage(child, kind) {
  return new Promise((resolve) => {
    const listen = (message) => {
      if (message.kind !== kind) return;
      child.off('message', listen);
      resolve(message);
    };
    child.on('message', listen);
  });
}

const daemon = fork(new URL('./daemon-listener.mjs', import.meta.url));
const { port } = await nextMessage(daemon, 'ready');
const environment = {
  ...process.env,
  AWS_XRAY_DAEMON_ADDRESS: `127.0.0.1:${port}`,
  AWS_LAMBDA_FUNCTION_NAME: 'bench',
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs20.x',
  LAMBDA_TASK_ROOT: process.cwd(),
  AWS_REGION: 'us-east-1',
  AWS_XRAY_CONTEXT_MISSING: 'IGNORE_ERROR',
  POWERTOOLS_SERVICE_NAME: 'bench-powertools',
};

const keys = Object.keys(VARIANTS);
const workers = keys.map((key) =>
  fork(new URL('./variant-worker.mjs', import.meta.url), [key], {
    env: environment,
  }),
);
await Promise.all(workers.map((worker) => nextMessage(worker, 'ready')));

async function runRound(count, record, round) {
  for (let offset = 0; offset < workers.length; offset++) {
    const worker = workers[(round + offset) % workers.length];
    const done = nextMessage(worker, 'done');
    worker.send({ kind: 'run', count, record });
    await done;
  }
}

await runRound(WARMUP, false, 0);
for (let round = 0; round * BLOCK < ITERATIONS; round++) {
  await runRound(Math.min(BLOCK, ITERATIONS - round * BLOCK), true, round);
}
const invocations = WARMUP + ITERATIONS;

const reports = [];
for (const worker of workers) {
  const report = nextMessage(worker, 'timings');
  worker.send({ kind: 'report' });
  reports.push(await report);
  worker.send({ kind: 'stop' });
}

async function receivedCounts() {
  const answer = nextMessage(daemon, 'counts');
  daemon.send({ kind: 'report' });
  return (await answer).counts;
}
const traced = reports.filter((report) => report.name !== undefined);
const deadline = Date.now() + 10_000;
let counts = await receivedCounts();
while (
  Date.now() < deadline &&
  traced.some((report) => (counts[report.name] ?? 0) < invocations)
) {
  await new Promise((resolve) => setTimeout(resolve, 50));
  counts = await receivedCounts();
}
daemon.send({ kind: 'stop' });

function percentile(values, fraction) {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[
    Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))
  ];
}
const round2 = (value) => Math.round(value * 100) / 100;
const figures = Object.fromEntries(
  keys.map((key, index) => {
    const { name, timings } = reports[index];
    return [
      key,
      {
        p50: percentile(timings, 0.5),
        p99: percentile(timings, 0.99),
        received: name === undefined ? undefined : (counts[name] ?? 0),
      },
    ];
  }),
);
const bare = figures.bare.p50;
for (const key of keys) {
  const { p50, p99, received } = figures[key];
  const sent = received === undefined ? '-' : `${received} / ${invocations}`;
  console.log(
    `${key.padEnd(11)} p50 ${p50.toFixed(1).padStart(7)} us  p99 ${p99.toFixed(1).padStart(8)} us  overhead p50 ${(p50 - bare).toFixed(1).padStart(6)} us  documents ${sent}`,
  );
}
const segmentsByVariant = Object.fromEntries(
  keys
    .filter((key) => figures[key].received !== undefined)
    .map((key) => [key, figures[key].received]),
);
const { wrapper, powertools } = figures;
console.log(
  JSON.stringify({
    iterations: ITERATIONS,
    invocations_per_variant: invocations,
    bare_p50_us: round2(bare),
    wrapper_p50_us: round2(wrapper.p50),
    xray_sdk_p50_us: round2(figures.xray_sdk.p50),
    powertools_p50_us: round2(powertools.p50),
    ratio_vs_powertools: round2(wrapper.p50 / powertools.p50),
    overhead_ratio_vs_powertools: round2(
      (wrapper.p50 - bare) / (powertools.p50 - bare),
    ),
    segments_received: Object.values(segmentsByVariant).reduce(
      (sum, count) => sum + count,
      0,
    ),
    segments_expected: invocations * Object.keys(segmentsByVariant).length,
    segments_received_by_variant: segmentsByVariant,
    every_segment_received: Object.values(segmentsByVariant).every(
      (count) => count === invocations,
    ),
  }),
);
