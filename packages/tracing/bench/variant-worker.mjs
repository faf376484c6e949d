// Runs one variant in a Lambda-like environment (set by the parent) and
// times its invocations in blocks, when the parent asks.
import { randomBytes } from 'node:crypto';
import { VARIANTS } from './variants.mjs';

function newTraceHeader() {
  const seconds = Math.floor(Date.now() / 1000).toString(16);
  const root = `1-${seconds}-${randomBytes(12).toString('hex')}`;

  return `Root=${root};Parent=${randomBytes(8).toString('hex')};Sampled=1`;
}

process.env._X_AMZN_TRACE_ID = newTraceHeader();
const variant = await VARIANTS[process.argv[2]]();
const context = {
  awsRequestId: 'bench-request',
  functionName: 'bench',
  getRemainingTimeInMillis: () => 30_000,
};
const event = { orderId: 'ord-1', items: [{ sku: 'SKU-1', quantity: 1 }] };
const timings = [];
const yieldToLoop = () => new Promise((resolve) => setImmediate(resolve));

async function runBlock(count, record) {
  for (let index = 0; index < count; index++) {
    process.env._X_AMZN_TRACE_ID = newTraceHeader();
    const start = process.hrtime.bigint();
    await variant.invoke(event, context);
    // Sends happen on the event loop; one turn charges them to the variant.
    await yieldToLoop();
    const elapsed = Number(process.hrtime.bigint() - start) / 1000;
    if (record) timings.push(elapsed);
  }
}

process.on('message', async (message) => {
  if (message.kind === 'run') {
    await runBlock(message.count, message.record);
    process.send({ kind: 'done' });
  }
  if (message.kind === 'report') {
    process.send({ kind: 'timings', name: variant.name, timings });
  }
  if (message.kind === 'stop') process.disconnect();
});
process.send({ kind: 'ready' });
