// Runs shipped scenarios through the built CLI against the local stack and
// prints one JSON line per scenario: sent, lost, outcomes, duration and
// orders per second. Not a test: the figures depend on the machine.
// Usage: node tests/bench/scenarios.mjs [orders] [settleSeconds] [name...]
//        [--rate R] [--concurrency C]  (passed on to every run)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SHIPPED = [
  'baseline',
  'dynamodb-throttle',
  'payment-outage',
  'payment-hang',
  'fulfillment-concurrency',
  'poison-orders',
  'duplicate-events',
];
const PACING_FLAGS = new Set(['--rate', '--concurrency']);
const pacing = [];
const positional = [];
const given = process.argv.slice(2);
for (let index = 0; index < given.length; index++) {
  if (PACING_FLAGS.has(given[index])) {
    pacing.push(given[index], given[index + 1]);
    index++;
  } else {
    positional.push(given[index]);
  }
}
const [ordersText = '10000', settleText = '3600', ...names] = positional;
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function runScenario(name) {
  const args = [
    '--no-warnings',
    cli,
    'run',
    '--scenario',
    name,
    '--orders',
    ordersText,
    '--settle',
    settleText,
    ...pacing,
    '--json',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

for (const name of names.length > 0 ? names : SHIPPED) {
  const start = performance.now();
  const { code, stdout } = await runScenario(name);
  const seconds = (performance.now() - start) / 1000;
  let summary;
  try {
    summary = JSON.parse(stdout);
  } catch {
    console.log(JSON.stringify({ scenario: name, exitCode: code, stdout }));
    continue;
  }
  console.log(
    JSON.stringify({
      scenario: name,
      exitCode: code,
      pacing: pacing.join(' ') || "the scenario's own",
      sent: summary.sent,
      eventsSent: summary.eventsSent,
      lost: summary.lost,
      outcomes: summary.outcomes,
      failureReasons: summary.failureReasons,
      durationSeconds: Number(seconds.toFixed(1)),
      ordersPerSecond: Number((summary.sent / seconds).toFixed(1)),
    }),
  );
}
