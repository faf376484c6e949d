import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ResponderConfig } from '../../src/config.js';
import { respondToAlarm } from '../../src/respond-to-alarm.js';
import { alarmStateChange } from './support/alarm-events.js';
import {
  fakeClaimsTable,
  fakeSecrets,
  fakeTopic,
  keptLogger,
} from './support/fake-clients.js';
import { fakeXRay } from './support/xray-fake.js';

const config: ResponderConfig = {
  alertTopicArn: 'arn:aws:sns:us-east-1:123456789012:alerts',
  idempotencyTableName: 'rca-responder-transitions',
  webhookSecretName: 'rca-responder/webhook',
  lookbackSeconds: 300,
  baselineSeconds: 300,
  maxTraces: 2000,
  idempotencyTtlSeconds: 3600,
  serviceName: 'rca-responder',
  settleSeconds: 0,
  functionName: 'rca-responder',
  logLevel: 'INFO',
  region: 'us-east-1',
};

let server: Server | undefined;

afterEach(async () => {
  const running = server;
  server = undefined;
  if (!running) return;

  running.closeAllConnections();
  await new Promise((resolve) => running.close(resolve));
});

async function startHook(status: number) {
  const bodies: Record<string, unknown>[] = [];
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return { url: `http://127.0.0.1:${port}/hook`, bodies };
}

function dependencies(webhookUrl: string) {
  return {
    ...fakeClaimsTable(),
    ...fakeTopic(),
    xray: fakeXRay([]),
    secrets: fakeSecrets(webhookUrl),
    config,
    logger: keptLogger(),
  };
}

describe('chat webhook', () => {
  it('posts the alert as JSON to the URL held in the secret', async () => {
    const hook = await startHook(200);

    await respondToAlarm(
      alarmStateChange({ state: 'OK', previousState: 'ALARM' }),
      dependencies(hook.url),
    );

    expect(hook.bodies).toHaveLength(1);
    expect(hook.bodies[0]).toMatchObject({
      subject: 'OK order-validation-errors: recovered',
      alarmName: 'order-validation-errors',
      state: 'OK',
    });
    expect(hook.bodies[0]?.text).toContain('recovered');
  });

  it('still publishes to SNS and logs a warning when the webhook fails', async () => {
    const hook = await startHook(500);
    const shared = dependencies(hook.url);

    const result = await respondToAlarm(alarmStateChange(), shared);

    expect(result.outcome).toBe('alerted');
    expect(shared.published).toHaveLength(1);
    expect(shared.logger.entries).toContainEqual({
      level: 'warn',
      message: 'chat webhook not notified',
    });
  });

  it('skips the webhook when the secret holds no URL', async () => {
    const shared = dependencies('not a url');

    await respondToAlarm(
      alarmStateChange({ state: 'OK', previousState: 'ALARM' }),
      shared,
    );

    expect(shared.published).toHaveLength(1);
    expect(shared.logger.entries).toContainEqual({
      level: 'warn',
      message: 'webhook secret holds no http(s) URL',
    });
  });
});
