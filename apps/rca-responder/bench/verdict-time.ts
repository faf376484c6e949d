// Time the responder needs to reach a verdict: reading an alarm window and
// its baseline through the local cloud's X-Ray API and ranking the causes,
// against the engine alone on the same traces already in memory (the
// reference, measured in the same run). Run: pnpm --filter @org/rca-responder bench
import { XRayClient } from '@aws-sdk/client-xray';
import { startLocalCloud } from '@org/local-cloud';
import { analyze, readTraces } from '@org/rca';
import { toBatchGetTracesPage } from '@org/testing';
import { analysisWindows } from '../src/analysis-windows.js';
import { findVerdict } from '../src/find-verdict.js';
import { seedTraces } from '../tests/integration/support/seed-traces.js';
import { orderValidationTraces } from '../tests/unit/support/throttle-traces.js';

const SIZES = [250, 1000];
const RUNS = 3;

const cloud = await startLocalCloud({ port: 0 });
const client = new XRayClient({
  region: cloud.region,
  endpoint: cloud.endpoint,
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  maxAttempts: 1,
});

try {
  console.log('traces per window | engine alone ms | read + engine ms | ratio');
  for (const size of SIZES) {
    cloud.xray.store.clear();
    const changedAt = Date.now();
    const windows = analysisWindows(new Date(changedAt), 300, 300);
    const spacingMs = 600_000 / (2 * size);
    const traces = orderValidationTraces({
      startMs: changedAt - 600_000 + 1,
      count: 2 * size,
      spacingMs,
      outageFromMs: changedAt - 150_000,
    });
    seedTraces(cloud, traces);
    const inWindow = traces.filter((trace) =>
      trace.segments.some(
        (segment) => segment.start_time * 1000 >= changedAt - 300_000,
      ),
    );
    const baseline = traces.filter((trace) => !inWindow.includes(trace));
    const alone = median(RUNS, () => {
      analyze(readTraces(toBatchGetTracesPage(inWindow)), {
        baseline: readTraces(toBatchGetTracesPage(baseline)),
      });
    });
    const throughApi = await medianAsync(RUNS, async () => {
      const verdict = await findVerdict({
        client,
        windows,
        deadline: Date.now() + 60_000,
        maxTraces: 2 * size,
      });
      if (verdict.kind !== 'analyzed') throw new Error(verdict.reason);
    });
    console.log(
      `${size} | ${alone.toFixed(0)} | ${throughApi.toFixed(0)} | ${(throughApi / alone).toFixed(1)}`,
    );
  }
} finally {
  client.destroy();
  await cloud.stop();
}

function median(runs: number, work: () => void): number {
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  });
  return times.sort((left, right) => left - right)[Math.floor(runs / 2)] ?? 0;
}

async function medianAsync(runs: number, work: () => Promise<void>) {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times.sort((left, right) => left - right)[Math.floor(runs / 2)] ?? 0;
}
