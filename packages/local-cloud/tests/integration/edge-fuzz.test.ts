import { Agent, request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalCloud, startLocalCloud } from '../../src/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
let cloud: LocalCloud;
const agent = new Agent({ keepAlive: true, maxSockets: 16 });

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, bodyLimitBytes: 2048 });
  cloud.sqs.createQueue('fuzz');
});

afterAll(async () => {
  agent.destroy();
  await cloud.stop();
});

const targets = fc.oneof(
  fc.constantFrom(
    'AmazonSQS.CreateQueue',
    'AmazonSQS.SendMessage',
    'AmazonSQS.ReceiveMessage',
    'AmazonSQS.GetQueueAttributes',
    'AWSEvents.PutEvents',
    'AWSEvents.PutRule',
    'AWSEvents.TestEventPattern',
    'DynamoDB_20120810.GetItem',
    'DynamoDB_20120810.PutItem',
    'DynamoDB_20120810.Nope',
  ),
  fc.string({ maxLength: 30 }),
);
const bodies = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
  fc
    .dictionary(
      fc.constantFrom(
        'QueueName',
        'QueueUrl',
        'Entries',
        'TableName',
        'Key',
        'EventPattern',
        'Event',
        'MessageBody',
        'Name',
      ),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map((value) => JSON.stringify(value)),
  fc
    .uint8Array({ maxLength: 300 })
    .map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc.integer({ min: 2049, max: 6000 }).map((length) => 'x'.repeat(length)),
  fc
    .record({
      MessageBody: fc.oneof(fc.string(), fc.jsonValue()),
      MessageAttributes: fc.jsonValue({ maxDepth: 3 }),
      MessageSystemAttributes: fc.jsonValue({ maxDepth: 3 }),
      MaxNumberOfMessages: fc.jsonValue({ maxDepth: 1 }),
      Entries: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
    })
    .map((fields) =>
      JSON.stringify({
        QueueUrl: `${cloud.endpoint}/000000000000/fuzz`,
        ...fields,
      }),
    ),
);

function send(target: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      'content-type': 'application/x-amz-json-1.0',
    };
    if (target !== '' && /^[\x21-\x7e]+$/.test(target)) {
      headers['x-amz-target'] = target;
    }
    const outgoing = request(
      {
        host: '127.0.0.1',
        port: Number(new URL(cloud.endpoint).port),
        method: 'POST',
        path: '/',
        headers,
        agent,
      },
      (incoming) => {
        incoming.resume();
        incoming.on('end', () => resolve(incoming.statusCode ?? 0));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

async function sendAll(
  samples: [string, string][],
  concurrency: number,
): Promise<{ target: string; body: string; status: number }[]> {
  const unexpected: { target: string; body: string; status: number }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < samples.length) {
      const [target, body] = samples[next] as [string, string];
      next += 1;
      const status = await send(target, body);
      if (![200, 400, 404, 413].includes(status)) {
        unexpected.push({ target, body, status });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));

  return unexpected;
}

describe('the edge under random requests', () => {
  it(`answers ${RUNS} random requests with AWS-style 2xx or 4xx and never crashes`, {
    timeout: 240_000,
  }, async () => {
    const samples = fc.sample(fc.tuple(targets, bodies), {
      numRuns: RUNS,
      seed: 20261203,
    });

    const unexpected = await sendAll(samples, 16);

    expect(unexpected.slice(0, 3)).toEqual([]);
    expect(cloud.stats.edge.requests).toBeGreaterThanOrEqual(RUNS);
    expect(cloud.stats.edge.internalErrors).toBe(0);
    expect(cloud.stats.edge.malformed).toBeGreaterThan(0);
    expect(cloud.stats.edge.oversized).toBeGreaterThan(0);
  });
});
