import type { RootCause } from '@org/rca';
import type { AlarmTransition } from './alarm-event.js';
import { describeCause, describeEvidence } from './describe-cause.js';
import type { Verdict } from './find-verdict.js';

/**
 * What is sent for one transition: an SNS subject (at most 100
 * characters, one line) and a plain-text body.
 *
 * @example
 * const { subject, body }: AlertMessage = alarmMessage(transition, verdict);
 */
export interface AlertMessage {
  subject: string;
  body: string;
  /**
   * SNS message attributes for programs that read the alert:
   * `alarm-name`, `alarm-state`, and for an analysed alarm
   * `analysis` (`ranked`, `no-cause` or `failed`) and, when a cause was
   * ranked, `top-cause`: the report's first root cause as JSON.
   */
  attributes: Record<string, string>;
}

/** The longest subject SNS accepts. */
export const MAX_SUBJECT_LENGTH = 100;

/** Example traces listed per cause. */
const EXAMPLES_PER_CAUSE = 3;

/**
 * The alert for an alarm: the subject names the top cause and its
 * confidence (or that no cause was found, or why analysis failed); the
 * body lists every ranked cause with its evidence, example trace ids and
 * their links in the CloudWatch console.
 *
 * @example
 * alarmMessage(transition, verdict).subject;
 * // 'ALARM order-validation-errors: throttle at DynamoDB orders PutItem (0.93)'
 */
export function alarmMessage(
  transition: AlarmTransition,
  verdict: Verdict,
): AlertMessage {
  const lines = [
    `Alarm ${transition.alarmName} is ALARM since ${transition.changedAt.toISOString()} (${transition.region}).`,
    `Reason: ${transition.reason || 'not given'}`,
    '',
    ...verdictLines(verdict, transition.region),
  ];

  return {
    subject: subject(`ALARM ${transition.alarmName}: ${headline(verdict)}`),
    body: lines.join('\n'),
    attributes: {
      ...stateAttributes(transition),
      ...verdictAttributes(verdict),
    },
  };
}

/**
 * The short message for an alarm back to OK.
 *
 * @example
 * recoveredMessage(transition).subject; // 'OK order-validation-errors: recovered'
 */
export function recoveredMessage(transition: AlarmTransition): AlertMessage {
  const body = [
    `Alarm ${transition.alarmName} recovered: OK since ${transition.changedAt.toISOString()} (${transition.region}).`,
    `Reason: ${transition.reason || 'not given'}`,
  ].join('\n');

  return {
    subject: subject(`OK ${transition.alarmName}: recovered`),
    body,
    attributes: stateAttributes(transition),
  };
}

function stateAttributes(transition: AlarmTransition): Record<string, string> {
  return {
    'alarm-name': transition.alarmName,
    'alarm-state': transition.state,
  };
}

function verdictAttributes(verdict: Verdict): Record<string, string> {
  if (verdict.kind === 'failed') return { analysis: 'failed' };
  const [top] = verdict.report.rootCauses;
  if (top === undefined) return { analysis: 'no-cause' };

  return { analysis: 'ranked', 'top-cause': JSON.stringify(top) };
}

/**
 * The CloudWatch console page of one trace.
 *
 * @example
 * traceConsoleLink('eu-west-1', '1-6927a1b2-0123456789abcdef01234567');
 */
export function traceConsoleLink(region: string, traceId: string): string {
  return `https://console.aws.amazon.com/cloudwatch/home?region=${region}#xray:traces/${traceId}`;
}

function headline(verdict: Verdict): string {
  if (verdict.kind === 'failed') return 'root cause unknown (analysis failed)';
  const [top] = verdict.report.rootCauses;
  if (top === undefined) return 'no root cause found in the traces';

  return `${describeCause(top)} (${top.confidence.toFixed(2)})`;
}

function verdictLines(verdict: Verdict, region: string): string[] {
  const window = `${verdict.windows.alarm.start.toISOString()} to ${verdict.windows.alarm.end.toISOString()}`;
  if (verdict.kind === 'failed') {
    return [`Root-cause analysis of ${window} failed: ${verdict.reason}`];
  }
  const { report } = verdict;
  const lines = [
    `Traces analyzed: ${report.tracesAnalyzed} from ${window}, ${report.tracesWithIssues} with issues; baseline ${report.baseline.kind} (${report.baseline.traces} traces).`,
  ];
  if (verdict.unreadTraces > 0) {
    lines.push(
      `Partial read: ${verdict.unreadTraces} listed trace(s) were not read in time.`,
    );
  }
  if (report.rootCauses.length === 0) {
    return [...lines, 'No root cause stands out in these traces.'];
  }

  return [
    ...lines,
    '',
    ...report.rootCauses.flatMap((cause) => causeLines(cause, region)),
  ];
}

function causeLines(cause: RootCause, region: string): string[] {
  const lines = [
    `${cause.rank}. ${describeCause(cause)}: confidence ${cause.confidence.toFixed(2)}, ${cause.tracesAffected} trace(s)`,
  ];
  if (cause.exception) lines.push(`   exception: ${cause.exception}`);
  if (cause.symptoms.length > 0) {
    lines.push(`   symptoms: ${cause.symptoms.join('; ')}`);
  }
  for (const evidence of cause.evidence) {
    lines.push(`   - ${describeEvidence(evidence)}`);
  }
  for (const traceId of cause.exampleTraceIds.slice(0, EXAMPLES_PER_CAUSE)) {
    lines.push(`   trace ${traceId} ${traceConsoleLink(region, traceId)}`);
  }

  return [...lines, ''];
}

// SNS refuses subjects over 100 characters, with line breaks or with
// characters outside printable ASCII.
function subject(text: string): string {
  const printable = text.replace(/[^\x20-\x7e]/g, ' ');
  if (printable.length <= MAX_SUBJECT_LENGTH) return printable;

  return `${printable.slice(0, MAX_SUBJECT_LENGTH - 3)}...`;
}
