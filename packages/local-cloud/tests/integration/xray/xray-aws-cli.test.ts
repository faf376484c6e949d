import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSegmentStore, storeSink } from '../../../src/xray/index.js';
import { sendOrderTrace } from './order-traces.js';
import { serveXRay, type XRayTestServer } from './serve-xray.js';

const AWS_CLI = '/usr/bin/aws';
const START = 1_700_000_000;
const hasCli = existsSync(AWS_CLI);
if (!hasCli) {
  console.warn(
    `Skipping the AWS CLI checks: ${AWS_CLI} is absent (apt-get install awscli).`,
  );
}

describe.skipIf(!hasCli)(
  'the X-Ray API answering the AWS CLI v2',
  { timeout: 60_000 },
  () => {
    const store = createSegmentStore();
    let server: XRayTestServer;
    let throttledTrace: string;

    beforeAll(async () => {
      server = await serveXRay(store, 2);
      throttledTrace = sendOrderTrace(storeSink(store), {
        start: START,
        throttled: true,
      });
      sendOrderTrace(storeSink(store), { start: START + 5 });
      sendOrderTrace(storeSink(store), { start: START + 9 });
    });

    afterAll(async () => {
      await server?.close();
    });

    const aws = async (...args: string[]) => {
      const { stdout } = await promisify(execFile)(
        AWS_CLI,
        [
          'xray',
          ...args,
          '--endpoint-url',
          server.endpoint,
          '--output',
          'json',
        ],
        {
          timeout: 30_000,
          env: {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            AWS_ACCESS_KEY_ID: 'test',
            AWS_SECRET_ACCESS_KEY: 'test',
            AWS_DEFAULT_REGION: 'us-east-1',
            AWS_CONFIG_FILE: '/dev/null',
            AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
            AWS_PAGER: '',
          },
        },
      );
      return JSON.parse(stdout);
    };

    it('lists trace summaries across pages with a filter expression', async () => {
      const window = [
        '--start-time',
        String(START - 60),
        '--end-time',
        String(START + 60),
      ];

      const all = await aws('get-trace-summaries', ...window);
      const throttled = await aws(
        'get-trace-summaries',
        ...window,
        '--filter-expression',
        'throttle',
      );

      expect(all.TraceSummaries).toHaveLength(3);
      expect(
        throttled.TraceSummaries.map((summary: { Id: string }) => summary.Id),
      ).toEqual([throttledTrace]);
    });

    it('gets a batch of traces and reports unknown ids', async () => {
      const unknown = '1-6553f100-000000000000000000000000';

      const answer = await aws(
        'batch-get-traces',
        '--trace-ids',
        throttledTrace,
        unknown,
      );

      expect(answer.Traces[0].Id).toBe(throttledTrace);
      expect(answer.Traces[0].Segments.length).toBeGreaterThan(4);
      expect(answer.UnprocessedTraceIds).toEqual([unknown]);
    });

    it('gets the service graph', async () => {
      const graph = await aws(
        'get-service-graph',
        '--start-time',
        String(START - 60),
        '--end-time',
        String(START + 60),
      );

      const types = graph.Services.map(
        (service: { Type: string }) => service.Type,
      );
      expect(types).toEqual(
        expect.arrayContaining([
          'client',
          'AWS::Lambda',
          'AWS::DynamoDB::Table',
        ]),
      );
    });
  },
);
