import type { PublishedMessage } from '@org/local-cloud';
import type { RootCause } from './rca-report.js';

/** The SNS topic the stack's alarms and its responder publish to. */
export const ALERT_TOPIC = 'order-pipeline-alerts';

/** Target time from the first fault to the responder's alert. */
export const ALERT_TARGET_MS = 15_000;

// The responder's subjects read `ALARM <alarm>: <cause>`; CloudWatch's
// own notifications on the same topic read `ALARM: "<alarm>" in …`.
const RESPONDER_SUBJECT = /^ALARM ([^:"]+):/;

/**
 * The root-cause alert as `reports/latest-alert.json` holds it.
 *
 * @example
 * const report: AlertReport = alertReport(message, faultAt);
 */
export interface AlertReport {
  alarmName: string;
  subject: string;
  message: string;
  /** The responder's first root cause; null when it named none. */
  topCause: RootCause | null;
  /** From the first fault to the publication, 1 decimal. */
  detectedAfterSeconds: number;
  /** ISO times of the first fault and of the publication. */
  firstFaultAt: string;
  alertedAt: string;
}

/**
 * The first alert the responder published at or after `since` (epoch
 * milliseconds), leaving out CloudWatch's own notifications and the
 * responder's recovery messages.
 *
 * @example
 * const alert = firstResponderAlert(sns.messages(ALERT_TOPIC), faultAt);
 */
export function firstResponderAlert(
  messages: readonly PublishedMessage[],
  since: number,
): PublishedMessage | undefined {
  return messages
    .filter((message) => RESPONDER_SUBJECT.test(message.subject ?? ''))
    .filter((message) => message.publishedAt.getTime() >= since)
    .sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime())[0];
}

/**
 * Seconds from the first fault to the alert, rounded to 1 decimal.
 *
 * @example
 * secondsToAlert(1_000, new Date(9_460)); // 8.5
 */
export function secondsToAlert(faultAt: number, alertedAt: Date): number {
  return Math.round((alertedAt.getTime() - faultAt) / 100) / 10;
}

/**
 * The report of a responder alert: its alarm, text, top cause (parsed
 * from the `top-cause` attribute) and timing. Throws when `top-cause` is
 * not JSON, which only a broken responder would publish.
 *
 * @example
 * alertReport(message, faultAt).topCause; // { service: 'DynamoDB', kind: 'throttle', … }
 */
export function alertReport(
  message: PublishedMessage,
  faultAt: number,
): AlertReport {
  const subject = message.subject ?? '';

  return {
    alarmName:
      message.attributes['alarm-name'] ??
      RESPONDER_SUBJECT.exec(subject)?.[1] ??
      '',
    subject,
    message: message.message,
    topCause: topCause(message.attributes['top-cause']),
    detectedAfterSeconds: secondsToAlert(faultAt, message.publishedAt),
    firstFaultAt: new Date(faultAt).toISOString(),
    alertedAt: message.publishedAt.toISOString(),
  };
}

function topCause(attribute: string | undefined): RootCause | null {
  if (attribute === undefined) return null;
  try {
    return JSON.parse(attribute) as RootCause;
  } catch (cause) {
    throw new Error(
      `The responder's top-cause attribute is not JSON: "${attribute.slice(0, 80)}"`,
      { cause },
    );
  }
}

/**
 * The alert as a team reads it: the subject, then the body indented.
 *
 * @example
 * alertLines({ subject: 'ALARM a: b', message: 'x\ny' });
 * // ['ALARM a: b', '  x', '  y']
 */
export function alertLines(
  alert: Pick<AlertReport, 'subject' | 'message'>,
): string[] {
  const body = alert.message
    .split('\n')
    .map((line) => (line === '' ? '' : `  ${line}`));

  return [alert.subject, ...body];
}

/**
 * The line that gives the time from the first fault to the alert against
 * the 15 s target.
 *
 * @example
 * alertTimingLine(8.5); // 'Fault to alert: 8.5 s (target 15 s, met)'
 */
export function alertTimingLine(detectedAfterSeconds: number): string {
  const met = detectedAfterSeconds * 1000 <= ALERT_TARGET_MS;

  return `Fault to alert: ${detectedAfterSeconds.toFixed(1)} s (target ${ALERT_TARGET_MS / 1000} s, ${met ? 'met' : 'missed'})`;
}
