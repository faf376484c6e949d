import { lambdaContext, sampleOrder } from '@org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addAnnotation,
  addMetadata,
  createLogger,
  withTracing,
} from '../../src/index.js';
import {
  type DaemonListener,
  startDaemonListener,
} from '../support/daemon-listener.js';
import {
  startInvocation,
  useLambdaEnvironment,
} from '../support/lambda-environment.js';

const EMAIL = 'ada.lovelace@example.com';
const CARD = '4111 1111 1111 1111';
const PERSONAL =
  /ada\.lovelace@example\.com|4111[ -]?1111[ -]?1111[ -]?1111|Analytical Way|tok_test/;

describe('redaction in every channel', () => {
  let daemon: DaemonListener;

  beforeAll(async () => {
    daemon = await startDaemonListener();
    useLambdaEnvironment(daemon.address);
  });
  afterAll(() => daemon.close());

  it('lets no e-mail, card number, address or token out through logs or segments', async () => {
    const lines: string[] = [];
    const logger = createLogger({
      service: 'svc',
      write: (line) => lines.push(line),
    });
    const order = sampleOrder({ customerEmail: EMAIL });
    const handler = withTracing(
      async (event: { order: typeof order; fail: boolean }) => {
        logger.info(`Received order of ${EMAIL}`, {
          order: event.order,
          card: CARD,
        });
        addAnnotation('Customer', EMAIL);
        addAnnotation('customerEmail', 'x');
        addMetadata('order', event.order);
        if (event.fail) throw new Error(`card ${CARD} declined for ${EMAIL}`);
        return { order: event.order, receipt: `sent to ${EMAIL}` };
      },
      { service: 'svc', logger },
    );

    startInvocation();
    await handler({ order, fail: false }, lambdaContext());
    startInvocation();
    await handler({ order, fail: true }, lambdaContext()).catch(
      () => undefined,
    );
    await daemon.waitFor(2);

    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).not.toMatch(PERSONAL);
    for (const datagram of daemon.datagrams) {
      expect(datagram.toString('utf8')).not.toMatch(PERSONAL);
    }
    expect(order.customerEmail).toBe(EMAIL);
    expect(daemon.documents()[0]?.annotations).toMatchObject({
      Customer: '[REDACTED]',
      customerEmail: '[REDACTED]',
    });
  });
});
