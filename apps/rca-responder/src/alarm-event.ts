import { z } from 'zod';
import { InvalidAlarmEventError } from './errors.js';

/**
 * The states of a CloudWatch alarm.
 *
 * @example
 * transition.state === AlarmState.alarm;
 */
export const AlarmState = {
  alarm: 'ALARM',
  ok: 'OK',
  insufficientData: 'INSUFFICIENT_DATA',
} as const;

/** One of `ALARM`, `OK`, `INSUFFICIENT_DATA`. */
export type AlarmState = (typeof AlarmState)[keyof typeof AlarmState];

const stateValue = z.enum([
  AlarmState.alarm,
  AlarmState.ok,
  AlarmState.insufficientData,
]);

const StateSchema = z.object({
  value: stateValue,
  reason: z.string().default(''),
  timestamp: z.string().min(1),
});

const AlarmEventSchema = z.object({
  source: z.literal('aws.cloudwatch'),
  'detail-type': z.literal('CloudWatch Alarm State Change'),
  region: z.string().min(1),
  account: z.string().default(''),
  detail: z.object({
    alarmName: z.string().min(1),
    state: StateSchema,
    previousState: StateSchema.partial().optional(),
  }),
});

/**
 * One alarm transition, read from its EventBridge event.
 *
 * @example
 * { alarmName: 'order-validation-errors', state: 'ALARM', changedAt: new Date(), ... }
 */
export interface AlarmTransition {
  alarmName: string;
  state: AlarmState;
  previousState?: AlarmState;
  reason: string;
  /** The state timestamp as CloudWatch wrote it: part of the idempotency key. */
  timestamp: string;
  changedAt: Date;
  region: string;
  account: string;
}

/**
 * Reads a "CloudWatch Alarm State Change" event.
 *
 * @throws {InvalidAlarmEventError} naming the bad fields (and a bad
 * `detail.state.timestamp`)
 * @example
 * const transition = readAlarmEvent(event);
 */
export function readAlarmEvent(event: unknown): AlarmTransition {
  const result = AlarmEventSchema.safeParse(event);
  if (!result.success) {
    const paths = result.error.issues.map(
      (issue) => issue.path.map(String).join('.') || '(root)',
    );
    throw new InvalidAlarmEventError(paths, { cause: result.error });
  }
  const { detail } = result.data;
  const changedAt = parseStateTimestamp(detail.state.timestamp);
  if (changedAt === undefined) {
    throw new InvalidAlarmEventError(['detail.state.timestamp']);
  }

  return {
    alarmName: detail.alarmName,
    state: detail.state.value,
    previousState: detail.previousState?.value,
    reason: detail.state.reason,
    timestamp: detail.state.timestamp,
    changedAt,
    region: result.data.region,
    account: result.data.account,
  };
}

// CloudWatch writes offsets without a colon (`+0000`), which Date.parse
// does not read everywhere.
function parseStateTimestamp(timestamp: string): Date | undefined {
  const normalised = timestamp.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const time = Date.parse(normalised);

  return Number.isNaN(time) ? undefined : new Date(time);
}
