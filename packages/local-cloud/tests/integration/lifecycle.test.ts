import { request } from 'node:http';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { startLocalCloud, TargetDeliveryError } from '../../src/index.js';
import { awsClients } from './aws-clients.js';

const watched = new Set([
  'TCPServerWrap',
  'TCPSocketWrap',
  'UDPWrap',
  'Timeout',
]);

function openHandles(): number {
  return process
    .getActiveResourcesInfo()
    .filter((resource) => watched.has(resource)).length;
}

describe('the local cloud lifecycle', () => {
  it('leaves no server, socket or timer behind after stop, even with work in flight', async () => {
    const baseline = openHandles();
    const cloud = await startLocalCloud({
      port: 0,
      eventBackoff: { baseDelayMs: 60_000 },
    });
    const clients = awsClients(cloud.endpoint);
    const queue = cloud.sqs.createQueue('waiting');
    cloud.events.useDeliverer('lambda', async () => {
      throw new TargetDeliveryError('down');
    });
    cloud.events.buses.putRule({ name: 'r', eventPattern: '{"source":["s"]}' });
    cloud.events.buses.putTargets('r', undefined, [
      { Id: 't', Arn: 'arn:aws:lambda:us-east-1:000000000000:function:f' },
    ]);
    cloud.faults.setPaymentProvider({ hang: true });

    const longPoll = clients.sqs
      .send(
        new ReceiveMessageCommand({ QueueUrl: queue.url, WaitTimeSeconds: 20 }),
      )
      .catch(() => undefined);
    const hungCharge = new Promise<void>((resolve) => {
      const charge = request(`${cloud.paymentProvider.url}/charges`, {
        method: 'POST',
      });
      charge.on('error', () => resolve());
      charge.on('close', () => resolve());
      charge.end('{}');
    });
    cloud.events.putEvents([{ Source: 's', DetailType: 'd', Detail: '{}' }]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const whileRunning = openHandles();
    await cloud.stop();
    await Promise.all([longPoll, hungCharge]);
    clients.sqs.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(whileRunning).toBeGreaterThan(baseline);
    expect(openHandles()).toBeLessThanOrEqual(baseline);
    expect(cloud.stats.events.retries).toBe(1);
  });
});
