// Measures how fast the load generator puts orders on a local cloud's bus,
// against a reference measured in the same run: bare PutEvents calls of 10
// pre-built entries, one at a time, with the same client settings.
// Usage: pnpm --filter @org/loadgen bench [orders]
import {
  CreateEventBusCommand,
  EventBridgeClient,
  PutEventsCommand,
} from '@aws-sdk/client-eventbridge';
import { startLocalCloud } from '@org/local-cloud';
import {
  createSdkTarget,
  generateOrders,
  sendEvents,
  toEntry,
} from '../../dist/index.js';

const orders = Number(process.argv[2] ?? 2000);
const cloud = await startLocalCloud({ port: 0 });
const clients = {
  region: cloud.region,
  endpoint: cloud.endpoint,
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};
// A bus without rules: this measures sending, not the pipeline.
const setup = new EventBridgeClient(clients);
await setup.send(new CreateEventBusCommand({ Name: 'orders' }));
setup.destroy();
const resources = {
  tableName: 'orders',
  eventBusName: 'orders',
  deadLetterQueueUrl: '',
};

async function reference() {
  const client = new EventBridgeClient(clients);
  const entries = generateOrders({ orders, seed: 1, runId: 'ref' }).map(
    (event) => toEntry(event, resources.eventBusName),
  );
  const start = performance.now();
  for (let index = 0; index < entries.length; index += 10) {
    await client.send(
      new PutEventsCommand({ Entries: entries.slice(index, index + 10) }),
    );
  }
  const seconds = (performance.now() - start) / 1000;
  client.destroy();

  return orders / seconds;
}

async function loadgen(concurrency) {
  const target = createSdkTarget({ resources, clients });
  const start = performance.now();
  const events = generateOrders({ orders, seed: 1, runId: `c${concurrency}` });
  await sendEvents(target, events, { concurrency });
  const seconds = (performance.now() - start) / 1000;
  await target.close();

  return orders / seconds;
}

try {
  await reference();
  const bare = await reference();
  console.log(`orders: ${orders}`);
  console.log(`bare PutEvents, sequential: ${bare.toFixed(0)} events/s`);
  for (const concurrency of [10, 40]) {
    const rate = await loadgen(concurrency);
    console.log(
      `loadgen, concurrency ${concurrency} (generation included): ${rate.toFixed(0)} events/s, ${(rate / bare).toFixed(2)}x the reference`,
    );
  }
} finally {
  await cloud.stop();
}
