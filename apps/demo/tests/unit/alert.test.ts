import type { PublishedMessage } from '@org/local-cloud';
import { describe, expect, it } from 'vitest';
import {
  alertLines,
  alertReport,
  alertTimingLine,
  firstResponderAlert,
  secondsToAlert,
} from '../../src/alert.js';

const TOPIC_ARN = 'arn:aws:sns:us-east-1:000000000000:order-pipeline-alerts';
const FAULT_AT = Date.parse('2026-12-04T10:00:00.000Z');
const THROTTLE = {
  rank: 1,
  service: 'DynamoDB',
  resource: 'orders',
  operation: 'PutItem',
  kind: 'throttle',
  tracesAffected: 4,
  confidence: 0.81,
};

function published(
  subject: string,
  secondsAfterFault: number,
  attributes: Record<string, string> = {},
): PublishedMessage {
  return {
    messageId: `m-${subject}-${secondsAfterFault}`,
    topicArn: TOPIC_ARN,
    subject,
    message: `body of ${subject}`,
    attributes,
    publishedAt: new Date(FAULT_AT + secondsAfterFault * 1000),
  };
}

describe('firstResponderAlert', () => {
  it("leaves out CloudWatch's own notification, even when it came first", () => {
    const messages = [
      published('ALARM: "order-validation-errors" in US East (N. Virginia)', 6),
      published('ALARM order-validation-errors: throttle at DynamoDB', 9),
    ];

    const alert = firstResponderAlert(messages, FAULT_AT);

    expect(alert?.subject).toBe(
      'ALARM order-validation-errors: throttle at DynamoDB',
    );
  });

  it('leaves out recoveries and alerts published before the fault', () => {
    const messages = [
      published('OK order-validation-errors: recovered', 2),
      published('ALARM payment-duration: cold-start at payment', -30),
      published('ALARM workflow-failures: throttle at DynamoDB', 12),
      published('ALARM order-validation-errors: throttle at DynamoDB', 8),
    ];

    const alert = firstResponderAlert(messages, FAULT_AT);

    expect(alert?.subject).toBe(
      'ALARM order-validation-errors: throttle at DynamoDB',
    );
  });

  it('finds nothing on a topic with only CloudWatch notifications', () => {
    const messages = [published('ALARM: "workflow-failures" in US East', 5)];

    expect(firstResponderAlert(messages, FAULT_AT)).toBeUndefined();
  });
});

describe('secondsToAlert', () => {
  it('gives the seconds from the fault to the publication, 1 decimal', () => {
    expect(secondsToAlert(FAULT_AT, new Date(FAULT_AT + 8_460))).toBe(8.5);
    expect(secondsToAlert(FAULT_AT, new Date(FAULT_AT + 12_040))).toBe(12);
  });
});

describe('alertReport', () => {
  it('reads the alarm, the parsed top cause and the times', () => {
    const message = published(
      'ALARM order-validation-errors: throttle at DynamoDB (0.81)',
      9.25,
      {
        'alarm-name': 'order-validation-errors',
        'alarm-state': 'ALARM',
        analysis: 'ranked',
        'top-cause': JSON.stringify(THROTTLE),
      },
    );

    const report = alertReport(message, FAULT_AT);

    expect(report).toEqual({
      alarmName: 'order-validation-errors',
      subject: 'ALARM order-validation-errors: throttle at DynamoDB (0.81)',
      message: message.message,
      topCause: THROTTLE,
      detectedAfterSeconds: 9.3,
      firstFaultAt: '2026-12-04T10:00:00.000Z',
      alertedAt: '2026-12-04T10:00:09.250Z',
    });
  });

  it('gives a null top cause when the analysis named none', () => {
    const message = published(
      'ALARM workflow-failures: no root cause found in the traces',
      20,
      { 'alarm-name': 'workflow-failures', analysis: 'no-cause' },
    );

    expect(alertReport(message, FAULT_AT).topCause).toBeNull();
  });

  it('takes the alarm name from the subject when the attribute is missing', () => {
    const message = published('ALARM workflow-failures: throttle', 3);

    expect(alertReport(message, FAULT_AT).alarmName).toBe('workflow-failures');
  });

  it('refuses a top cause that is not JSON, quoting it', () => {
    const message = published('ALARM a: b', 3, { 'top-cause': 'throttle' });

    expect(() => alertReport(message, FAULT_AT)).toThrow(/"throttle"/);
  });
});

describe('alertLines', () => {
  it('gives the subject, then the body indented, blank lines kept blank', () => {
    const lines = alertLines({
      subject: 'ALARM a: throttle',
      message: 'Alarm a is ALARM\n\n1. throttle',
    });

    expect(lines).toEqual([
      'ALARM a: throttle',
      '  Alarm a is ALARM',
      '',
      '  1. throttle',
    ]);
  });
});

describe('alertTimingLine', () => {
  it('says met at the 15 s target and missed past it', () => {
    expect(alertTimingLine(15)).toBe(
      'Fault to alert: 15.0 s (target 15 s, met)',
    );
    expect(alertTimingLine(15.1)).toBe(
      'Fault to alert: 15.1 s (target 15 s, missed)',
    );
  });
});
