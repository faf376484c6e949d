import type { RcaReport, RootCause } from '@org/rca';
import { describe, expect, it } from 'vitest';
import { readAlarmEvent } from '../../src/alarm-event.js';
import {
  alarmMessage,
  MAX_SUBJECT_LENGTH,
  recoveredMessage,
} from '../../src/alert-message.js';
import { analysisWindows } from '../../src/analysis-windows.js';
import type { Verdict } from '../../src/find-verdict.js';
import { alarmStateChange } from './support/alarm-events.js';

const transition = readAlarmEvent(alarmStateChange());
const windows = analysisWindows(transition.changedAt, 300, 300);

const throttle: RootCause = {
  rank: 1,
  service: 'DynamoDB',
  resource: 'orders',
  operation: 'PutItem',
  kind: 'throttle',
  exception: 'ProvisionedThroughputExceededException',
  tracesAffected: 64,
  confidence: 0.934,
  symptoms: ['order-validation timed out'],
  exampleTraceIds: ['1-6927a1b2-0123456789abcdef01234567'],
  evidence: [
    { kind: 'failed-calls', outcome: 'throttle', count: 212, traces: 64 },
  ],
};

function analyzed(rootCauses: RootCause[]): Verdict {
  const report: RcaReport = {
    tracesAnalyzed: 240,
    tracesWithIssues: 71,
    rootCauses,
    baseline: { kind: 'explicit', traces: 120 },
    traces: [],
    serviceGraph: [],
  };

  return {
    kind: 'analyzed',
    report,
    windows,
    unreadTraces: 0,
    baselineTraces: 120,
  };
}

describe('alarmMessage', () => {
  it('names the top cause and its confidence in the subject', () => {
    const message = alarmMessage(transition, analyzed([throttle]));

    expect(message.subject).toBe(
      'ALARM order-validation-errors: throttle at DynamoDB orders PutItem (0.93)',
    );
  });

  it('carries the alarm and the top cause as JSON in the attributes', () => {
    const { attributes } = alarmMessage(transition, analyzed([throttle]));

    expect(attributes).toMatchObject({
      'alarm-name': 'order-validation-errors',
      'alarm-state': 'ALARM',
      analysis: 'ranked',
    });
    expect(JSON.parse(attributes['top-cause'] ?? '')).toEqual(throttle);
  });

  it('names no top cause when there is none or the analysis failed', () => {
    const none = alarmMessage(transition, analyzed([]));
    const failed = alarmMessage(transition, {
      kind: 'failed',
      reason: 'XRayRequestError: access denied',
      windows,
    });

    expect(none.attributes).toMatchObject({ analysis: 'no-cause' });
    expect(failed.attributes).toMatchObject({ analysis: 'failed' });
    expect(none.attributes['top-cause']).toBeUndefined();
    expect(failed.attributes['top-cause']).toBeUndefined();
  });

  it('lists evidence, example traces and their console links in the body', () => {
    const { body } = alarmMessage(transition, analyzed([throttle]));

    expect(body).toContain('212 throttle call(s) in 64 trace(s)');
    expect(body).toContain('ProvisionedThroughputExceededException');
    expect(body).toContain(
      'region=us-east-1#xray:traces/1-6927a1b2-0123456789abcdef01234567',
    );
    expect(body).toContain('Traces analyzed: 240');
  });

  it('keeps a long subject within the SNS limit on one ASCII line', () => {
    const long = readAlarmEvent(
      alarmStateChange({ alarmName: `a-${'very-long-'.repeat(12)}alarm` }),
    );

    const { subject } = alarmMessage(long, analyzed([throttle]));

    expect(subject.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
    expect(subject).toMatch(/^[\x20-\x7e]+\.\.\.$/);
  });

  it('gives the reason when the analysis failed', () => {
    const message = alarmMessage(transition, {
      kind: 'failed',
      reason: 'XRayRequestError: access denied',
      windows,
    });

    expect(message.subject).toContain('analysis failed');
    expect(message.body).toContain('XRayRequestError: access denied');
  });

  it('says so when no cause stands out', () => {
    const message = alarmMessage(transition, analyzed([]));

    expect(message.subject).toContain('no root cause found');
  });
});

describe('recoveredMessage', () => {
  it('says the alarm recovered', () => {
    const ok = readAlarmEvent(alarmStateChange({ state: 'OK' }));

    expect(recoveredMessage(ok).subject).toBe(
      'OK order-validation-errors: recovered',
    );
  });
});
