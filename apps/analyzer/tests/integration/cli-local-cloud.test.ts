import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { type LocalCloud, startLocalCloud } from '@org/local-cloud';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../support/run-cli.js';

const DATAGRAM_HEADER = '{"format": "json", "version": 1}';

let cloud: LocalCloud | undefined;

afterEach(async () => {
  await cloud?.stop();
  cloud = undefined;
});

function segmentDocuments(name: string): string[] {
  const pages: { Traces: { Segments: { Document: string }[] }[] }[] =
    JSON.parse(readFileSync(fixture(name), 'utf8'));

  return pages.flatMap((page) =>
    page.Traces.flatMap((trace) =>
      trace.Segments.map((segment) => segment.Document),
    ),
  );
}

async function sendToDaemon(address: string, documents: string[]) {
  const [host = '127.0.0.1', port = '2000'] = address.split(':');
  const socket = createSocket('udp4');
  for (const document of documents) {
    await new Promise<void>((resolve, reject) => {
      socket.send(
        `${DATAGRAM_HEADER}\n${document}`,
        Number(port),
        host,
        (error) => (error ? reject(error) : resolve()),
      );
    });
  }
  socket.close();
}

describe('rca-analyze against the local cloud', () => {
  it('names the throttle from segments sent through the X-Ray daemon', async () => {
    cloud = await startLocalCloud({ port: 0 });
    await sendToDaemon(
      cloud.xray.daemon.address,
      segmentDocuments('outage.json'),
    );
    await cloud.xray.daemon.settled();

    const run = await runCli([
      '--endpoint',
      cloud.endpoint,
      '--since',
      '2026-12-03T15:59:00Z',
      '--until',
      '2026-12-03T16:05:00Z',
      '--format',
      'json',
    ]);

    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.tracesAnalyzed).toBe(12);
    expect(report.rootCauses[0]).toMatchObject({
      kind: 'throttle',
      service: 'DynamoDB',
      resource: 'orders',
      operation: 'PutItem',
    });
  });
});
