// Records the traces of outages in the local cloud as fixtures of the RCA
// engine's corpus: pnpm --filter @org/local-cloud record-fixture [name…]
// Names: dynamodb-throttle, payment-outage, fulfillment-concurrency (all
// when none is given). Needs a build of apps/infra's cdk.out.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, readTraces } from '@org/rca';
import { startOrderStack } from './order-stack.js';
import type { TracePage } from './outage-scenario.js';
import {
  OUTAGES,
  type Outage,
  runOutage,
  SCENARIO_STACK_OPTIONS,
} from './outage-scenarios.js';

const FIXTURES = fileURLToPath(
  new URL('../../../rca/tests/fixtures/local-cloud/', import.meta.url),
);
const MAX_TRACES = 50;
const MAX_BYTES = 300_000;

async function record(outage: Outage): Promise<void> {
  const running = await startOrderStack(SCENARIO_STACK_OPTIONS);
  try {
    const run = await runOutage(running, outage);
    const page = trimmed(run.traces);
    const text = `${JSON.stringify(page)}\n`;
    mkdirSync(FIXTURES, { recursive: true });
    writeFileSync(`${FIXTURES}${outage.name}.json`, text);
    const ends = countBy([...run.ends.values()]);
    const [cause] = analyze(readTraces(page)).rootCauses;
    process.stdout.write(
      `${outage.name}: ${page.Traces.length} traces, ${text.length} bytes, ends ${JSON.stringify(ends)}, first cause ${cause?.kind} at ${cause?.service} ${cause?.resource ?? ''}\n`,
    );
  } finally {
    await running.cloud.stop();
  }
}

/**
 * At most MAX_TRACES traces in at most MAX_BYTES, dropping the last ones
 * (the end of the outage) first, without the ids X-Ray did not find.
 */
function trimmed(page: TracePage): TracePage {
  const traces = page.Traces.slice(0, MAX_TRACES);
  while (traces.length > 1 && JSON.stringify(traces).length > MAX_BYTES - 100) {
    traces.pop();
  }

  return { Traces: traces, UnprocessedTraceIds: [] };
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !OUTAGES.some((o) => o.name === name));
if (unknown.length > 0) {
  process.stderr.write(
    `Unknown outage ${unknown.join(', ')}; choose from ${OUTAGES.map((o) => o.name).join(', ')}.\n`,
  );
  process.exit(2);
}
for (const outage of OUTAGES) {
  if (wanted.length === 0 || wanted.includes(outage.name)) await record(outage);
}
