// Orders per second through the whole deployed order stack, tracing on:
// PutEvents (OrderCreated, through the edge with the AWS SDK) until the
// fulfillment function emits OrderFulfilled, which it does right after it
// stores the order as FULFILLED. A fixed number of orders is kept in
// flight. The reference, measured in the same run, is PutEvents alone on
// a bus without rules: the ceiling the client and the edge leave.
// The last line is one JSON object with the figures.
// Run after a build and a synth: pnpm --filter @org/local-cloud bench
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  EventBridgeClient,
  PutEventsCommand,
} from '@aws-sdk/client-eventbridge';
import { sampleOrder } from '@org/testing';
import { newTraceId, startStack } from '../../dist/index.js';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const ORDER_TIMEOUT_MS = 60_000;
const TARGET_ORDERS_PER_SECOND = 200;
const CDK_OUT = fileURLToPath(
  new URL('../../../../apps/infra/cdk.out', import.meta.url),
);

if (!existsSync(`${CDK_OUT}/ServerlessOrderStack.template.json`)) {
  process.stderr.write(
    `${CDK_OUT} holds no synthesized stack; run pnpm exec turbo run synth --filter=@org/infra first.\n`,
  );
  process.exit(2);
}

const { cloud, stack } = await startStack({
  port: 0,
  cdkOut: CDK_OUT,
  // Only warnings and errors from the functions, not a line per call.
  variables: { LOG_LEVEL: 'WARN' },
});
const bus = stack.outputs.EventBusName;
const events = new EventBridgeClient({
  endpoint: cloud.endpoint,
  region: cloud.region,
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});

// OrderFulfilled events come to this process through a rule on the bus.
const waiting = new Map();
cloud.events.useDeliverer('bench', async (_target, delivery) => {
  const orderId = delivery.event.detail?.orderId;
  waiting.get(orderId)?.(performance.now());
});
cloud.events.buses.putRule({
  name: 'bench-fulfilled',
  busName: bus,
  eventPattern: JSON.stringify({ 'detail-type': ['OrderFulfilled'] }),
});
cloud.events.buses.putTargets('bench-fulfilled', bus, [
  { Id: 'bench', Arn: 'arn:aws:bench:us-east-1:000000000000:fulfilled' },
]);

async function putEvent(busName, detailType, detail) {
  const answer = await events.send(
    new PutEventsCommand({
      Entries: [
        {
          EventBusName: busName,
          Source: 'com.ecommerce.orders',
          DetailType: detailType,
          Detail: JSON.stringify(detail),
          TraceHeader: `Root=${newTraceId()};Sampled=1`,
        },
      ],
    }),
  );
  if (answer.FailedEntryCount !== 0) {
    throw new Error(`PutEvents failed: ${JSON.stringify(answer.Entries)}`);
  }
}

/** Milliseconds from PutEvents to OrderFulfilled, or undefined on timeout. */
async function runOrder(orderId) {
  const fulfilled = new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ORDER_TIMEOUT_MS);
    waiting.set(orderId, (at) => {
      clearTimeout(timer);
      resolve(at);
    });
  });
  const started = performance.now();
  await putEvent(bus, 'OrderCreated', sampleOrder({ orderId }));
  const at = await fulfilled;
  waiting.delete(orderId);

  return at === undefined ? undefined : at - started;
}

/** Runs `count` tasks, `CONCURRENCY` at a time; returns results and seconds. */
async function inFlight(count, task) {
  const results = [];
  let next = 0;
  const started = performance.now();
  async function lane() {
    while (next < count) {
      const index = next;
      next += 1;
      results[index] = await task(index);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));

  return { results, seconds: (performance.now() - started) / 1000 };
}

function percentile(sorted, share) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

const round = (value, digits = 1) => Number(value.toFixed(digits));

const note = (text) =>
  process.stderr.write(
    `${text} (rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB)\n`,
  );

note('reference: PutEvents alone');
// Reference: PutEvents alone, on the default bus where no rule matches.
const reference = await inFlight(ORDERS, (index) =>
  putEvent('default', 'BenchNothing', { index }),
);
const referencePerSecond = ORDERS / reference.seconds;

note('warm-up');
// Warm-up: start as many execution environments as orders in flight.
await inFlight(CONCURRENCY, (index) => runOrder(`warm-${index}`));
const segmentsBefore = cloud.xray.store.stats().stored;

note(`measuring ${ORDERS} orders`);
const measured = await inFlight(ORDERS, (index) => runOrder(`bench-${index}`));
await cloud.xray.daemon.settled();
const latencies = measured.results
  .filter((latency) => latency !== undefined)
  .sort((left, right) => left - right);
const fulfilled = latencies.length;
const ordersPerSecond = fulfilled / measured.seconds;
const segmentsStored = cloud.xray.store.stats().stored - segmentsBefore;
const lambda = cloud.lambda.stats();

events.destroy();
await cloud.stop();

const figures = {
  orders: ORDERS,
  fulfilled,
  concurrency: CONCURRENCY,
  seconds: round(measured.seconds, 2),
  orders_per_second: round(ordersPerSecond),
  p50_ms: round(percentile(latencies, 0.5)),
  p99_ms: round(percentile(latencies, 0.99)),
  segments_stored: segmentsStored,
  reference_put_events_per_second: round(referencePerSecond),
  ratio_to_reference: round(ordersPerSecond / referencePerSecond, 3),
  target_orders_per_second: TARGET_ORDERS_PER_SECOND,
};
process.stdout.write(
  [
    `orders end to end: ${ORDERS}, ${CONCURRENCY} in flight, tracing on`,
    `reference, PutEvents alone:   ${figures.reference_put_events_per_second} events/s`,
    `PutEvents to OrderFulfilled:  ${figures.orders_per_second} orders/s (${figures.ratio_to_reference}x the reference; target ${TARGET_ORDERS_PER_SECOND})`,
    `latency p50 / p99:            ${figures.p50_ms} / ${figures.p99_ms} ms`,
    `fulfilled:                    ${fulfilled} of ${ORDERS}`,
    `segments stored:              ${segmentsStored}`,
    `cold starts:                  ${Object.entries(lambda)
      .map(([name, stats]) => `${name} ${stats.coldStarts}`)
      .join(', ')}`,
    JSON.stringify(figures),
    '',
  ].join('\n'),
);
