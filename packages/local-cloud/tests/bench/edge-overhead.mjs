// Measures what the edge and the throughput gate add to a DynamoDB call:
// the same GetItem sent straight to dynalite (the reference) and through
// the edge, in one run, printed as milliseconds per call and their ratio.
// Run after a build: pnpm --filter @org/local-cloud bench
import { Agent, request } from 'node:http';
import { startLocalCloud } from '../../dist/index.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function post(url, target, body) {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/x-amz-json-1.0',
          'x-amz-target': target,
          'x-amz-date': '20261203T000000Z',
          authorization:
            'AWS4-HMAC-SHA256 Credential=local/20261203/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
        },
      },
      (incoming) => {
        incoming.resume();
        incoming.on('end', () => resolve(incoming.statusCode));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

async function millisecondsPerCall(send) {
  for (let call = 0; call < 100; call += 1) await send();
  const started = performance.now();
  for (let call = 0; call < CALLS; call += 1) await send();

  return (performance.now() - started) / CALLS;
}

const cloud = await startLocalCloud({ port: 0 });
await cloud.dynamodb.request('CreateTable', {
  TableName: 'bench',
  AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
  ProvisionedThroughput: { ReadCapacityUnits: 1e6, WriteCapacityUnits: 1e6 },
});
await cloud.dynamodb.request('PutItem', {
  TableName: 'bench',
  Item: { id: { S: 'a' } },
});
const getItem = JSON.stringify({ TableName: 'bench', Key: { id: { S: 'a' } } });
const target = 'DynamoDB_20120810.GetItem';

const direct = await millisecondsPerCall(() =>
  cloud.dynamodb.request('GetItem', JSON.parse(getItem)),
);
const throughEdge = await millisecondsPerCall(() =>
  post(cloud.endpoint, target, getItem),
);
const unrouted = await millisecondsPerCall(() =>
  post(cloud.endpoint, 'Bench.Nothing', '{}'),
);

agent.destroy();
await cloud.stop();
process.stdout.write(
  [
    `GetItem calls: ${CALLS} each, one connection, sequential`,
    `store directly (reference): ${direct.toFixed(3)} ms/call`,
    `through edge and gate:      ${throughEdge.toFixed(3)} ms/call (${(throughEdge / direct).toFixed(2)}x the reference)`,
    `edge alone (unrouted):      ${unrouted.toFixed(3)} ms/call (${(unrouted / direct).toFixed(2)}x the reference)`,
    '',
  ].join('\n'),
);
