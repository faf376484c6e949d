import { XRayClient } from '@aws-sdk/client-xray';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import type { ResponderConfig } from '../../src/config.js';
import {
  type ResponderDependencies,
  respondToAlarm,
} from '../../src/respond-to-alarm.js';
import { alarmStateChange } from './support/alarm-events.js';
import {
  fakeClaimsTable,
  fakeSecrets,
  fakeTopic,
  keptLogger,
} from './support/fake-clients.js';
import { orderValidationTraces } from './support/throttle-traces.js';
import { fakeXRay } from './support/xray-fake.js';

const changedAt = Date.parse('2026-12-03T10:05:00.000Z');

const config: ResponderConfig = {
  alertTopicArn: 'arn:aws:sns:us-east-1:123456789012:alerts',
  idempotencyTableName: 'rca-responder-transitions',
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

// Healthy traffic for ten minutes, throttled in the last three.
const traces = orderValidationTraces({
  startMs: changedAt - 600_000,
  count: 120,
  spacingMs: 5000,
  outageFromMs: changedAt - 180_000,
});

function dependencies(
  overrides: Partial<ResponderDependencies> = {},
): ResponderDependencies {
  return {
    ...fakeClaimsTable(),
    ...fakeTopic(),
    xray: fakeXRay(traces),
    secrets: fakeSecrets(''),
    config,
    logger: keptLogger(),
    remainingTimeMs: () => 30_000,
    ...overrides,
  };
}

describe('respondToAlarm', () => {
  it('publishes exactly one message naming the throttle on ALARM', async () => {
    const { sns, published } = fakeTopic();

    const result = await respondToAlarm(
      alarmStateChange(),
      dependencies({ sns }),
    );

    expect(result.outcome).toBe('alerted');
    expect(published).toHaveLength(1);
    expect(published[0]?.Subject).toMatch(
      /^ALARM order-validation-errors: throttle at DynamoDB orders PutItem \([01]\.\d\d\)$/,
    );
    expect(published[0]?.Message).toContain('throttle call(s)');
    expect(published[0]?.Message).toContain('baseline explicit');
    const topCause = published[0]?.MessageAttributes?.['top-cause'];
    expect(JSON.parse(topCause?.StringValue ?? '{}')).toMatchObject({
      rank: 1,
      service: 'DynamoDB',
      resource: 'orders',
      kind: 'throttle',
    });
  });

  it('waits the settle time before reading the traces', async () => {
    const waits: number[] = [];
    const sleep = async (milliseconds: number) => {
      waits.push(milliseconds);
    };

    await respondToAlarm(
      alarmStateChange(),
      dependencies({ config: { ...config, settleSeconds: 3 }, sleep }),
    );

    expect(waits).toEqual([3000]);
  });

  it('skips the settle time when the invocation cannot spare it', async () => {
    const waits: number[] = [];
    const sleep = async (milliseconds: number) => {
      waits.push(milliseconds);
    };

    await respondToAlarm(
      alarmStateChange(),
      dependencies({
        config: { ...config, settleSeconds: 3 },
        sleep,
        remainingTimeMs: () => 9000,
      }),
    );

    expect(waits).toEqual([]);
  });

  it('publishes nothing more for a duplicate delivery of the transition', async () => {
    const { sns, published } = fakeTopic();
    const shared = dependencies({ sns });

    await respondToAlarm(alarmStateChange(), shared);
    const second = await respondToAlarm(alarmStateChange(), shared);

    expect(second.outcome).toBe('duplicate');
    expect(published).toHaveLength(1);
  });

  it('still alerts with the reason when the traces cannot be read', async () => {
    const xray = new XRayClient({ region: 'us-east-1' });
    mockClient(xray).rejects(
      Object.assign(new Error('User is not authorized'), {
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 403 },
      }),
    );
    const { sns, published } = fakeTopic();

    const result = await respondToAlarm(
      alarmStateChange(),
      dependencies({ sns, xray }),
    );

    expect(result.outcome).toBe('alerted');
    expect(published[0]?.Subject).toBe(
      'ALARM order-validation-errors: root cause unknown (analysis failed)',
    );
    expect(published[0]?.Message).toContain('User is not authorized');
  });

  it('sends a short recovered message on OK', async () => {
    const { sns, published } = fakeTopic();

    const result = await respondToAlarm(
      alarmStateChange({ state: 'OK', previousState: 'ALARM' }),
      dependencies({ sns }),
    );

    expect(result.outcome).toBe('recovered');
    expect(published.map((message) => message.Subject)).toEqual([
      'OK order-validation-errors: recovered',
    ]);
  });

  it('ignores a new alarm going from INSUFFICIENT_DATA to OK', async () => {
    const { sns, published } = fakeTopic();

    const result = await respondToAlarm(
      alarmStateChange({ state: 'OK', previousState: 'INSUFFICIENT_DATA' }),
      dependencies({ sns }),
    );

    expect(result.outcome).toBe('ignored');
    expect(published).toHaveLength(0);
  });

  it('ignores INSUFFICIENT_DATA', async () => {
    const { sns, published } = fakeTopic();

    const result = await respondToAlarm(
      alarmStateChange({ state: 'INSUFFICIENT_DATA' }),
      dependencies({ sns }),
    );

    expect(result.outcome).toBe('ignored');
    expect(published).toHaveLength(0);
  });

  it('takes over a claim whose invocation died before publishing, once its lease ends', async () => {
    const table = fakeClaimsTable();
    const clock = { now: changedAt + 1000 };
    const died = dependencies({ ...table, now: () => clock.now });
    const transition = alarmStateChange();
    await respondToAlarm(transition, died);
    for (const claim of table.claims.values()) claim.status = 'IN_PROGRESS';

    const { sns, published } = fakeTopic();
    const early = await respondToAlarm(
      transition,
      dependencies({ ...table, sns, now: () => clock.now + 10_000 }),
    );
    const late = await respondToAlarm(
      transition,
      dependencies({ ...table, sns, now: () => clock.now + 40_000 }),
    );

    expect(early.outcome).toBe('duplicate');
    expect(late.outcome).toBe('alerted');
    expect(published).toHaveLength(1);
  });

  it('releases the claim when publishing fails, so a retry alerts', async () => {
    const table = fakeClaimsTable();
    const failing = dependencies({ ...table, ...fakeTopic({ failing: true }) });

    await expect(respondToAlarm(alarmStateChange(), failing)).rejects.toThrow(
      'SNS is unavailable',
    );
    const { sns, published } = fakeTopic();
    const retried = await respondToAlarm(
      alarmStateChange(),
      dependencies({ ...table, sns }),
    );

    expect([...table.claims.values()]).toEqual([
      expect.objectContaining({ status: 'PUBLISHED' }),
    ]);
    expect(retried.outcome).toBe('alerted');
    expect(published).toHaveLength(1);
  });
});
